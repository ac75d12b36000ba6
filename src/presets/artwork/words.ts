import type { WordsByLocale } from '../../core/kit/createErrorKit';

/** The words of the artwork API, in every locale the kit ships. */
export const artworkWords = {
  en: {
    'account.pendingVerification': 'Your account is waiting to be verified',
    'account.openVerificationLink': 'Open the link in the email we sent you to finish setting it up.',
    'email.verify': 'Verify your email address',
    'email.openLinkThenRetry': 'Open the link in the email we sent you, then try again.',
    'password.currentIncorrect': 'Your current password is incorrect',
    'password.enterCurrentAgain': 'Enter your current password again.',
  },
  de: {
    'account.pendingVerification': 'Ihr Konto wurde noch nicht bestätigt',
    'account.openVerificationLink': 'Öffnen Sie den Link in der E-Mail, die wir Ihnen gesendet haben, um die Einrichtung abzuschließen.',
    'email.verify': 'Bestätigen Sie Ihre E-Mail-Adresse',
    'email.openLinkThenRetry': 'Öffnen Sie den Link in der E-Mail, die wir Ihnen gesendet haben, und versuchen Sie es dann erneut.',
    'password.currentIncorrect': 'Ihr aktuelles Passwort ist falsch',
    'password.enterCurrentAgain': 'Geben Sie Ihr aktuelles Passwort erneut ein.',
  },
  fr: {
    'account.pendingVerification': 'Votre compte est en attente de vérification',
    'account.openVerificationLink': 'Ouvrez le lien figurant dans l’e-mail que nous vous avons envoyé pour terminer sa configuration.',
    'email.verify': 'Vérifiez votre adresse e-mail',
    'email.openLinkThenRetry': 'Ouvrez le lien figurant dans l’e-mail que nous vous avons envoyé, puis réessayez.',
    'password.currentIncorrect': 'Votre mot de passe actuel est incorrect',
    'password.enterCurrentAgain': 'Saisissez à nouveau votre mot de passe actuel.',
  },
  es: {
    'account.pendingVerification': 'Su cuenta está pendiente de verificación',
    'account.openVerificationLink': 'Abra el enlace del correo electrónico que le hemos enviado para terminar de configurarla.',
    'email.verify': 'Verifique su dirección de correo electrónico',
    'email.openLinkThenRetry': 'Abra el enlace del correo electrónico que le hemos enviado y vuelva a intentarlo.',
    'password.currentIncorrect': 'Su contraseña actual no es correcta',
    'password.enterCurrentAgain': 'Vuelva a introducir su contraseña actual.',
  },
  ja: {
    'account.pendingVerification': 'アカウントは確認待ちです',
    'account.openVerificationLink': 'お送りしたメールのリンクを開いて、設定を完了してください。',
    'email.verify': 'メールアドレスを確認してください',
    'email.openLinkThenRetry': 'お送りしたメールのリンクを開いてから、もう一度お試しください。',
    'password.currentIncorrect': '現在のパスワードが正しくありません',
    'password.enterCurrentAgain': '現在のパスワードをもう一度入力してください。',
  },
  ar: {
    'account.pendingVerification': 'حسابك في انتظار التحقق',
    'account.openVerificationLink': 'افتح الرابط الموجود في الرسالة التي أرسلناها إلى بريدك الإلكتروني لإكمال إعداده.',
    'email.verify': 'أكّد عنوان بريدك الإلكتروني',
    'email.openLinkThenRetry': 'افتح الرابط الموجود في الرسالة التي أرسلناها إلى بريدك الإلكتروني، ثم حاول مرة أخرى.',
    'password.currentIncorrect': 'كلمة المرور الحالية غير صحيحة',
    'password.enterCurrentAgain': 'أدخل كلمة المرور الحالية مرة أخرى.',
  },
} as const satisfies WordsByLocale;
