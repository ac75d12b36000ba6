import type { Catalogue } from './en';

/**
 * The kit's words in French (français). Typography: a no-break space (\u00a0) before ":", "!"
 * and "?", a narrow one (\u202f) before ";", and a number kept on the line of its unit.
 */
const fr: Catalogue = {
  // The registry's words by category: what happened, and what the user can do.
  'category.unauthenticated.title': 'Connectez-vous pour continuer',
  'category.unauthenticated.message': 'Votre session n’est pas ouverte ou elle a pris fin. Reconnectez-vous pour continuer.',
  'category.forbidden.title': 'Vous n’avez pas l’autorisation de faire ceci',
  'category.forbidden.message': 'Si vous pensez devoir y avoir accès, adressez-vous à un administrateur.',
  'category.payment.title': 'Ceci n’est pas inclus dans votre abonnement',
  'category.payment.message': 'Passez à une offre supérieure ou renouvelez votre abonnement pour continuer.',
  'category.validation.title': 'Il y a un problème',
  'category.validation.message': 'Vérifiez les informations saisies et réessayez.',
  'category.not-found.title': 'Introuvable',
  'category.not-found.message': 'L’élément a peut-être été déplacé ou supprimé. Vérifiez le lien, ou revenez en arrière et réessayez.',
  'category.conflict.title': 'Impossible d’enregistrer',
  'category.conflict.message': 'Cela entre en conflit avec un élément qui existe déjà ou qui a été modifié. Actualisez la page et réessayez.',
  'category.rate-limited.title': 'Trop de requêtes',
  'category.rate-limited.message': 'Vous avez envoyé trop de requêtes. Patientez un instant\u00a0: une nouvelle tentative aura lieu automatiquement.',
  'category.quota.title': 'Vous avez atteint votre limite',
  'category.quota.message': 'Vous avez utilisé la totalité de votre quota. Libérez-en une partie ou passez à une offre supérieure.',
  'category.upstream.title': 'Un service dont nous dépendons ne répond pas',
  'category.upstream.message': 'Nous continuons d’essayer. Vous pouvez aussi réessayer dans quelques minutes.',
  'category.unavailable.title': 'Ce service est temporairement indisponible',
  'category.unavailable.message': 'Nous continuons d’essayer. Vous pouvez aussi réessayer dans quelques minutes.',
  'category.timeout.title': 'Cela prend trop de temps',
  'category.timeout.message': 'Le délai de la requête a expiré. Réessayez.',
  'category.server.title': 'Désolé, le service rencontre un problème',
  'category.server.message': 'Réessayez plus tard. Si le problème persiste, contactez l’assistance.',
  'category.network.title': 'Vous semblez être hors ligne',
  'category.network.message': 'Vérifiez votre connexion Internet. Nous réessaierons dès que vous serez de nouveau en ligne.',
  'category.cancelled.title': 'Annulé',
  'category.cancelled.message': 'La requête a été annulée.',
  'category.unknown.title': 'Désolé, il y a un problème',
  'category.unknown.message': 'Réessayez plus tard. Si le problème persiste, contactez l’assistance.',

  // The registry's words for codes that need other words than their category's.
  'session.invalid': 'Votre session n’est plus valide',
  'session.expired': 'Votre session a expiré',
  'session.signInAgain': 'Reconnectez-vous pour continuer.',
  'signIn.failed': 'Échec de la connexion',
  'signIn.checkCredentials': 'Vérifiez votre adresse e-mail et votre mot de passe, puis réessayez.',
  'request.notUnderstood': 'L’application a envoyé une requête que le serveur n’a pas pu comprendre. Rechargez la page et réessayez.',
  'request.notAccepted': 'L’application a envoyé une requête que le serveur n’accepte pas. Rechargez la page et réessayez.',
  'file.tooLarge': 'Le fichier est trop volumineux',
  'file.chooseSmaller': 'Choisissez un fichier plus petit et réessayez.',
  'resource.gone': 'Ceci n’est plus disponible',
  'resource.exists': 'Ceci existe déjà',
  'resource.useExistingOrRename': 'Utilisez l’élément existant ou choisissez un autre nom.',
  'state.notNow': 'Cette action est impossible pour le moment',
  'field.invalid': 'Cette valeur n’est pas valide.',

  // Buttons and links.
  'action.tryAgain': 'Réessayer',
  'action.tryNow': 'Réessayer maintenant',
  'action.reloadAndTryAgain': 'Recharger et réessayer',
  'action.signIn': 'Se connecter',
  'action.signedInTryAgain': 'Connexion effectuée, réessayer',
  'action.copyReference': 'Copier la référence',

  // Automatic retries, in a polite live region that changes only at coarse steps.
  'retry.tryingAgainIn': 'Nouvelle tentative dans {wait}.',
  'retry.tryingAgainNow': 'Nouvelle tentative en cours.',
  'retry.youCanTryAgainIn': 'Vous pourrez réessayer dans {wait}.',
  'retry.youCanTryAgainNow': 'Vous pouvez réessayer maintenant.',
  'retry.stoppedTryAgain': 'Nous avons arrêté d’essayer pour le moment. Réessayez quand vous le souhaitez.',
  'retry.stopped': 'Nous avons arrêté d’essayer pour le moment.',
  'retry.whenBackOnline': 'Nous réessaierons dès que vous serez de nouveau en ligne.',
  'wait.fewSeconds': 'quelques secondes',
  'wait.overTwoMonths': 'plus de 2\u00a0mois',
  'advice.waitThenRetry': 'Patientez un instant, puis réessayez.',
  'advice.retryInFewMinutes': 'Réessayez dans quelques minutes.',
  'advice.checkConnectionThenRetry': 'Vérifiez votre connexion Internet, puis réessayez.',

  // Facts the fallbacks state about an error.
  'network.cannotReach': 'Impossible de joindre le service',
  'shared.session': 'Cette partie de la page réapparaîtra après votre connexion.',
  'shared.network': 'Cette partie de la page réapparaîtra lorsque la connexion sera rétablie.',
  'service.notResponding': '{service} ne répond pas',
  'access.needRole': 'Vous avez besoin du rôle {role}.',
  'access.haveRole': 'Vous avez le rôle {role}.',
  'access.needPermission': 'Vous avez besoin de l’autorisation {permission}.',
  'conflict.inUse': 'La valeur {value} pour {field} est déjà utilisée.',
  'conflict.state': 'L’état actuel est {state}.',
  'conflict.stateNeeds': 'L’état actuel est {state}\u202f; cette action nécessite l’état {expected}.',
  'payment.featureNotInPlan': 'La fonction {feature} n’est pas incluse dans l’abonnement {plan}.',
  'payment.featureNotInYourPlan': 'La fonction {feature} n’est pas incluse dans votre abonnement.',
  'quota.used': 'Vous avez utilisé {used} sur {limit}.',
  'quota.usedFor': 'Vous avez utilisé {used} sur {limit} pour {resource}.',
  'quota.usedIn': 'Vous avez utilisé {used} sur {limit} {period}.',
  'quota.usedForIn': 'Vous avez utilisé {used} sur {limit} pour {resource} {period}.',
  'quota.limit': 'La limite est de {limit}.',
  'quota.limitFor': 'La limite est de {limit} pour {resource}.',
  'quota.period.hour': 'cette heure-ci',
  'quota.period.day': 'aujourd’hui',
  'quota.period.week': 'cette semaine',
  'quota.period.month': 'ce mois-ci',
  'quota.period.year': 'cette année',
  'rateLimit.limit': {
    one: 'La limite est de {count} requête.',
    many: 'La limite est de {count} de requêtes.',
    other: 'La limite est de {count} requêtes.',
  },
  'rateLimit.limitPer': {
    one: 'La limite est de {count} requête par période de {window}.',
    many: 'La limite est de {count} de requêtes par période de {window}.',
    other: 'La limite est de {count} requêtes par période de {window}.',
  },
  'reference.label': 'Référence\u00a0: {reference}',
  'reference.giveSupport': 'Si vous contactez l’assistance, indiquez cette référence\u00a0: {reference}',
  'reference.copied': 'Référence copiée.',
  'reference.copyFailed': 'Impossible de copier. Sélectionnez la référence et copiez-la vous-même.',
  'lastResort.message': 'Désolé, il y a un problème.',

  // The error summary and inline errors (GOV.UK's patterns).
  'summary.title': 'Il y a un problème',
  'summary.more': { one: 'Et {count} autre problème.', many: 'Et {count} d’autres problèmes.', other: 'Et {count} autres problèmes.' },
  'summary.fieldAndMessage': '{field}\u00a0: {message}',
  'inline.prefix': 'Erreur\u00a0:',

  // Retrying in place, recovering, and notices beside data that stays on screen.
  'retry.trying': 'Nouvelle tentative…',
  'retry.recovered': 'Chargé à nouveau.',
  'form.signedInSubmitAgain': 'Vous êtes connecté. Vérifiez le formulaire et envoyez-le de nouveau.',
  'notice.staleData': 'Ce qui est affiché n’est peut-être plus à jour.',
  'notice.dismiss': 'Fermer',
  'notices.label': 'Messages sur cette page',

  // The development panel (development mode only).
  'developer.title': 'Détails pour les développeurs',
  'developer.code': 'Code',
  'developer.status': 'Statut',
  'developer.dialect': 'Dialecte',
  'developer.none': 'aucun',
  'developer.rawResponse': 'Réponse brute',
};

// Named as well as default: CommonJS consumers get `require(...).default` and the name alike.
export { fr };
export default fr;
