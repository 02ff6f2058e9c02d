import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSessionStore } from '../../app/providers';
import { useT } from '../../i18n/I18n';
import { conflictVersion } from '../../ui/conflict-version';
import { DownloadError, downloadWithToken } from '../../ui/download';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { type ApiProblem, apiProblem, fieldId } from '../../ui/field-errors';
import { focusSoon, idSelector } from '../../ui/focus-soon';
import { TableScroll } from '../../ui/TableScroll';
import { localProblem } from '../../ui/use-form-submit';
import { useInFlight } from '../../ui/use-in-flight';
import { fileKind, fileSize } from './file-words';
import { DiscussionArchiveAttachmentDocument, type DiscussionAttachmentFragment } from './graphql.generated';
import { UploadError, uploadFile } from './upload';

export interface AttachmentsProps {
  readonly idPrefix: string;
  /** The section's heading (focusable with tabIndex -1): focus goes there once the last file is removed and nothing else is left. */
  readonly headingId: string;
  readonly files: readonly DiscussionAttachmentFragment[];
  /** The titles of the project's tasks, to say which task a file is on (the project's list only). */
  readonly taskTitles?: ReadonlyMap<string, string>;
  /** The API's upload route for this project or task; null when the reader may not upload. */
  readonly uploadUrl: string | null;
  readonly readOnlyNote: string;
  mayArchive(file: DiscussionAttachmentFragment): boolean;
  refresh(): Promise<unknown>;
  announce(message: string): void;
}

/** The path of an API address (downloads go to the page's own origin, where the API is served). */
const pathOf = (url: string) => {
  try {
    const parsed = new URL(url, location.origin);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
};

/** A project's or a task's files: what, how large, who added them and when; download, remove, upload. */
export function Attachments({ idPrefix, headingId, files, taskTitles, uploadUrl, readOnlyNote, mayArchive, refresh, announce }: AttachmentsProps) {
  const { t, moment, locale } = useT();
  const session = useSessionStore();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [note, setNote] = useState<{ text: string; failed: boolean }>({ text: '', failed: false });
  const [archive] = useMutation(DiscussionArchiveAttachmentDocument);
  const { pending, guard } = useInFlight();
  const captionId = `${idPrefix}-files-caption`;
  const archiveButtonId = (file: DiscussionAttachmentFragment) => `${idPrefix}-archive-${file.id}`;
  const confirmButton = useRef<HTMLButtonElement>(null);
  // "Usuń z listy" is gone once the question is asked: focus goes to its answer (WCAG 2.4.3).
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const download = (file: DiscussionAttachmentFragment) =>
    guard(async () => {
      try {
        const name = await downloadWithToken({ url: pathOf(file.downloadUrl), accessToken: () => session.accessToken(), language: locale, fallbackName: file.fileName, t });
        setNote({ text: t('discussion.files.downloaded', { name }), failed: false });
      } catch (error) {
        const message = error instanceof DownloadError ? error.message : apiProblem(error, t).message;
        setNote({ text: t('discussion.files.downloadFailed', { message }), failed: true });
      }
    });

  const remove = (file: DiscussionAttachmentFragment) =>
    guard(async () => {
      try {
        await archive({ variables: { input: { id: file.id, expectedVersion: file.version } } });
        setConfirming(null);
        await refresh();
        announce(t('discussion.files.archived', { name: file.fileName }));
        // The upload field where there is one, else the list (the row's buttons are gone), else the section's heading.
        focusSoon(() => document.getElementById(fieldId('file', idPrefix)) ?? document.getElementById(captionId) ?? document.getElementById(headingId));
      } catch (error) {
        await refresh();
        setNote({ text: conflictVersion(error) === null ? apiProblem(error, t).message : t('discussion.files.archiveChanged'), failed: true });
      }
    });

  return (
    <>
      {files.length === 0 ? (
        <p className="comment__muted">{t('discussion.files.empty')}</p>
      ) : (
        <TableScroll labelledBy={captionId}>
          <table className="files-table">
            <caption id={captionId} tabIndex={-1}>
              {t('discussion.files.count', { n: files.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('discussion.files.name')}</th>
                <th scope="col">{t('discussion.files.kind')}</th>
                <th scope="col">{t('discussion.files.size')}</th>
                <th scope="col">{t('discussion.files.added')}</th>
                <th scope="col">{t('discussion.files.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <tr key={file.id}>
                  <th scope="row" className="files-table__name">
                    {file.fileName}
                    {file.taskId && taskTitles?.get(file.taskId) && <span className="comment__muted"> · {t('discussion.files.ofTask', { title: taskTitles.get(file.taskId) ?? '' })}</span>}
                  </th>
                  <td>{fileKind(file.contentType, t)}</td>
                  <td>{fileSize(file.sizeBytes, locale, t)}</td>
                  <td>{t('discussion.files.addedBy', { name: file.uploadedBy?.displayName ?? t('discussion.someone'), date: moment(file.uploadedAt) })}</td>
                  <td>
                    {confirming === file.id ? (
                      <div className="files-table__confirm" role="group" aria-label={t('discussion.files.archiveName', { name: file.fileName })}>
                        <p>{t('discussion.files.archiveConfirm', { name: file.fileName })}</p>
                        <div className="button-row button-row--tight">
                          <button ref={confirmButton} type="button" className="button button--small button--danger" aria-disabled={pending || undefined} onClick={() => void remove(file)}>
                            {t('discussion.files.archiveYes')}
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => {
                              setConfirming(null);
                              focusSoon(idSelector(archiveButtonId(file)));
                            }}
                          >
                            {t('discussion.cancel')}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <div className="button-row button-row--tight">
                        <button
                          type="button"
                          className="button button--quiet button--small"
                          aria-label={t('discussion.files.downloadName', { name: file.fileName })}
                          onClick={() => void download(file)}
                        >
                          {t('discussion.files.download')}
                        </button>
                        {mayArchive(file) && (
                          <button
                            id={archiveButtonId(file)}
                            type="button"
                            className="button button--quiet button--small button--danger"
                            aria-label={t('discussion.files.archiveName', { name: file.fileName })}
                            onClick={() => setConfirming(file.id)}
                          >
                            {t('discussion.files.archive')}
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p role="status" className={note.failed ? 'field__error' : 'comment__muted'}>
        {note.text}
      </p>
      {uploadUrl ? <UploadForm idPrefix={idPrefix} url={uploadUrl} refresh={refresh} announce={announce} /> : <p className="notice">{readOnlyNote}</p>}
    </>
  );
}

function UploadForm({ idPrefix, url, refresh, announce }: { idPrefix: string; url: string; refresh(): Promise<unknown>; announce(message: string): void }) {
  const { t, locale } = useT();
  const session = useSessionStore();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [progress, setProgress] = useState<{ name: string; share: number } | null>(null);
  const [said, setSaid] = useState('');
  const { guard } = useInFlight();
  const id = fieldId('file', idPrefix);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = problem?.fields.find((field) => field.field === 'file')?.message;
  const fileSizeText = (bytes: number) => fileSize(bytes, locale, t);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const file = input.current?.files?.[0];
    if (!file) {
      setProblem(localProblem([{ field: 'file', message: t('discussion.files.upload.missing') }]));
      return;
    }
    void guard(async () => {
      setProblem(null);
      setProgress({ name: file.name, share: 0 });
      setSaid(t('discussion.files.upload.started', { name: file.name, size: fileSizeText(file.size) }));
      // A screen reader hears a quarter at a time, not every event.
      let told = 0;
      try {
        const uploaded = await uploadFile({
          url,
          file,
          accessToken: () => session.accessToken(),
          language: locale,
          t,
          onProgress: (share) => {
            setProgress({ name: file.name, share });
            const quarter = Math.floor(share * 4) * 25;
            if (quarter > told && quarter < 100) {
              told = quarter;
              setSaid(t('discussion.files.upload.progress', { percent: quarter, name: file.name }));
            }
          },
        });
        form.reset();
        await refresh();
        setSaid('');
        announce(t('discussion.files.upload.done', { name: uploaded.fileName }));
        input.current?.focus();
      } catch (failure) {
        const message = failure instanceof UploadError ? failure.message : apiProblem(failure, t).message;
        setSaid(t('discussion.files.upload.failed', { message }));
        setProblem({ code: failure instanceof UploadError ? failure.code : 'UNKNOWN', message, fields: [{ field: 'file', message }], extensions: {} });
      } finally {
        setProgress(null);
      }
    });
  };
  return (
    <form className="upload-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} labels={{ file: t('discussion.files.upload.label') }} idPrefix={idPrefix} />
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={id} className="field__label">
          {t('discussion.files.upload.label')}
        </label>
        <div id={hintId} className="field__hint">
          {t('discussion.files.upload.hint')}
        </div>
        {error && (
          <p id={errorId} className="field__error">
            <span className="visually-hidden">{t('app.errorPrefix')} </span>
            {error}
          </p>
        )}
        <input ref={input} id={id} name="file" type="file" aria-describedby={error ? `${hintId} ${errorId}` : hintId} aria-invalid={error ? true : undefined} onChange={() => setProblem(null)} />
      </div>
      <div className="button-row button-row--tight">
        <button type="submit" className="button button--primary button--small" aria-disabled={progress ? true : undefined}>
          {progress ? t('discussion.sending') : t('discussion.files.upload.submit')}
        </button>
        {progress && (
          <progress className="upload-form__progress" max={100} value={Math.round(progress.share * 100)} aria-label={t('discussion.files.upload.progressLabel')}>
            {Math.round(progress.share * 100)}%
          </progress>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </form>
  );
}
