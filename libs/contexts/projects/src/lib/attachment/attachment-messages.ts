import { defineMessages } from '@wspolnie/platform-i18n';

/** What attachments tell people (namespace `projects.attachment`). */
export const attachmentMessage = defineMessages('projects.attachment', {
  en: {
    'noun.attachment': 'Attachment',
    'action.attachment.read': 'reading and downloading attachments',
    'action.attachment.upload': 'uploading attachments',
    'action.attachment.archive': 'removing attachments',
    'condition.unlessArchived': 'while the project is not archived',
    'condition.ownUpload': 'the ones they uploaded',

    notMultipart: 'Send the file as multipart/form-data, in one field named „file”.',
    noFile: 'The request holds no file: send it in a field named „file”.',
    oneFile: 'Send one file per request, in the field „file”.',
    unknownField: 'The field „{{name}}” is not taken: send only the file, in the field „file”.',
    malformed: 'The upload could not be read: {{reason}}.',
    tooLarge: 'The file is larger than {{limit}}; attachments may be at most that large.',
    typeRefused: 'Files of this kind ({{kind}}) cannot be attached: attach PDF, Word, Excel, PowerPoint or OpenDocument files, images (PNG, JPEG, GIF, WebP) or plain text.',
    'kind.unknown': 'not recognised',
    emptyFile: 'The file is empty.',
    badName: 'The file needs a name of at most 255 characters.',
    alreadyArchived: 'The attachment „{{name}}” is already removed.',
    archivedProject: 'The project „{{title}}” is archived: restore it before attaching files.',
    archivedTask: 'The task „{{title}}” is archived: restore it before attaching files.',
  },
  pl: {
    'noun.attachment': 'Załącznik',
    'action.attachment.read': 'przeglądanie i pobieranie załączników',
    'action.attachment.upload': 'dodawanie załączników',
    'action.attachment.archive': 'usuwanie załączników',
    'condition.unlessArchived': 'dopóki projekt nie jest zarchiwizowany',
    'condition.ownUpload': 'tych, które sami dodali',

    notMultipart: 'Wyślij plik jako multipart/form-data, w jednym polu o nazwie „file”.',
    noFile: 'W żądaniu nie ma pliku: wyślij go w polu o nazwie „file”.',
    oneFile: 'Wyślij jeden plik na żądanie, w polu „file”.',
    unknownField: 'Pole „{{name}}” nie jest przyjmowane: wyślij tylko plik, w polu „file”.',
    malformed: 'Nie udało się odczytać przesyłanego pliku: {{reason}}.',
    tooLarge: 'Plik jest większy niż {{limit}}; załączniki mogą mieć najwyżej tyle.',
    typeRefused: 'Nie można załączać plików tego rodzaju ({{kind}}): załącz pliki PDF, Word, Excel, PowerPoint lub OpenDocument, obrazy (PNG, JPEG, GIF, WebP) albo zwykły tekst.',
    'kind.unknown': 'nierozpoznany',
    emptyFile: 'Plik jest pusty.',
    badName: 'Plik musi mieć nazwę o długości najwyżej 255 znaków.',
    alreadyArchived: 'Załącznik „{{name}}” jest już usunięty.',
    archivedProject: 'Projekt „{{title}}” jest zarchiwizowany: przywróć go, zanim załączysz pliki.',
    archivedTask: 'Zadanie „{{title}}” jest zarchiwizowane: przywróć je, zanim załączysz pliki.',
  },
});
