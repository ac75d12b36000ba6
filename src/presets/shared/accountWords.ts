import type { WordsByLocale } from '../../core/kit/createErrorKit';

/** The words of the account codes seeds 001 and 004 share, in every locale the kit ships. */
export const accountWords = {
  en: {
    'session.ended': 'Your session has ended',
    'signIn.didNotWork': 'Sign in did not work',
    'signIn.tryAgain': 'Try signing in again.',
    'signIn.providerProblem': 'The sign-in provider reported a problem. Try signing in again.',
    'account.notFound': 'Account not found',
    'state.refreshForLatest': 'It is not possible in its current state. Refresh to see the latest.',
  },
  de: {
    'session.ended': 'Ihre Sitzung wurde beendet',
    'signIn.didNotWork': 'Die Anmeldung hat nicht funktioniert',
    'signIn.tryAgain': 'Versuchen Sie noch einmal, sich anzumelden.',
    'signIn.providerProblem': 'Der Anmeldedienst hat ein Problem gemeldet. Versuchen Sie noch einmal, sich anzumelden.',
    'account.notFound': 'Konto nicht gefunden',
    'state.refreshForLatest': 'Im aktuellen Zustand ist das nicht möglich. Laden Sie die Seite neu, um den neuesten Stand zu sehen.',
  },
  fr: {
    'session.ended': 'Votre session a pris fin',
    'signIn.didNotWork': 'La connexion n’a pas fonctionné',
    'signIn.tryAgain': 'Essayez de vous reconnecter.',
    'signIn.providerProblem': 'Le service de connexion a signalé un problème. Essayez de vous reconnecter.',
    'account.notFound': 'Compte introuvable',
    'state.refreshForLatest': 'Ce n’est pas possible dans l’état actuel. Actualisez la page pour voir les dernières informations.',
  },
  es: {
    'session.ended': 'Su sesión ha terminado',
    'signIn.didNotWork': 'El inicio de sesión no ha funcionado',
    'signIn.tryAgain': 'Intente iniciar sesión de nuevo.',
    'signIn.providerProblem': 'El proveedor de inicio de sesión ha informado de un problema. Intente iniciar sesión de nuevo.',
    'account.notFound': 'No se ha encontrado la cuenta',
    'state.refreshForLatest': 'No es posible en su estado actual. Actualice la página para ver la información más reciente.',
  },
  ja: {
    'session.ended': 'セッションが終了しました',
    'signIn.didNotWork': 'ログインがうまくいきませんでした',
    'signIn.tryAgain': 'もう一度ログインしてみてください。',
    'signIn.providerProblem': 'ログインサービスから問題が報告されました。もう一度ログインしてみてください。',
    'account.notFound': 'アカウントが見つかりません',
    'state.refreshForLatest': '現在の状態では実行できません。ページを更新して、最新の状態を確認してください。',
  },
  ar: {
    'session.ended': 'انتهت جلستك',
    'signIn.didNotWork': 'لم ينجح تسجيل الدخول',
    'signIn.tryAgain': 'حاول تسجيل الدخول مرة أخرى.',
    'signIn.providerProblem': 'أبلغ مزوّد تسجيل الدخول عن مشكلة. حاول تسجيل الدخول مرة أخرى.',
    'account.notFound': 'لم يتم العثور على الحساب',
    'state.refreshForLatest': 'لا يمكن تنفيذه في حالته الحالية. حدّث الصفحة لعرض أحدث المعلومات.',
  },
} as const satisfies WordsByLocale;
