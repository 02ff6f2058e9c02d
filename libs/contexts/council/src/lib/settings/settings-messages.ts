import { defineMessages } from '@wspolnie/platform-i18n';

export const settingsMessage = defineMessages('council.settings', {
  en: {
    needsResolution: 'The partnership moves projects to the stage „{{stage}}” only by a resolution of the council: put the move of „{{title}}” on the agenda of a meeting.',
    stageListedTwice: 'The stage {{stage}} is listed twice.',
  },
  pl: {
    needsResolution: 'Partnerstwo przenosi projekty do etapu „{{stage}}” tylko uchwałą Rady: wprowadź przeniesienie projektu „{{title}}” do porządku obrad posiedzenia.',
    stageListedTwice: 'Etap {{stage}} podano dwa razy.',
  },
});
