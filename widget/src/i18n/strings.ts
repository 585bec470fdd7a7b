/** Every word of the widget's own interface. The bot's answers come from the server in its language. */
const en = {
  launcherOpen: 'Chat with us',
  launcherClose: 'Close chat',
  defaultHeading: 'Ask us a question',
  close: 'Close chat',
  newConversation: 'New conversation',
  transcript: 'Conversation',
  you: 'You',
  assistant: 'Assistant',
  typing: 'The assistant is typing',
  inputLabel: 'Your question',
  placeholder: 'Type your question',
  send: 'Send',
  notSent: 'Not sent.',
  retry: 'Try again',
  suggestions: 'Suggested replies',
  sources: 'Sources',
  quoted: 'What the source says',
  source: (n: number, title: string) => `Source ${n}: ${title} (opens in a new tab)`,
  urgent: 'Urgent',
  status: {
    connecting: 'Connecting…',
    online: 'Connected',
    reconnecting: 'Connection lost. Reconnecting…',
    offline: 'You are offline. The chat reconnects when your connection is back.',
    unavailable: 'The assistant is not available right now. Please try again later or call the clinic.',
    expired: 'This conversation has ended. Start a new one to keep asking.',
  },
  disclaimer: 'Automated assistant, not medical advice.',
  emergency: (number: string) => `In an emergency call ${number}.`,
  emergencyUnknown: 'In an emergency call your local emergency number.',
  afterHours: (when: string | undefined) =>
    when ? `The clinic is closed now. Staff can call you back from ${when}.` : 'The clinic is closed now.',
  leadForm: 'Your details for a call back',
  contactKind: 'How should we reach you?',
  phone: 'Phone',
  email: 'E-mail',
  cancel: 'Cancel request',
  expect: {
    name: 'Your name',
    contact: 'Your phone number or e-mail',
    reason: 'Reason for the call (optional)',
    time: 'Best time to call (optional)',
    consent: 'Your answer',
  } as Record<string, string>,
};

export type Strings = typeof en;

const es: Strings = {
  launcherOpen: 'Chatee con nosotros',
  launcherClose: 'Cerrar el chat',
  defaultHeading: 'Pregúntenos',
  close: 'Cerrar el chat',
  newConversation: 'Nueva conversación',
  transcript: 'Conversación',
  you: 'Usted',
  assistant: 'Asistente',
  typing: 'El asistente está escribiendo',
  inputLabel: 'Su pregunta',
  placeholder: 'Escriba su pregunta',
  send: 'Enviar',
  notSent: 'No enviado.',
  retry: 'Reintentar',
  suggestions: 'Respuestas sugeridas',
  sources: 'Fuentes',
  quoted: 'Lo que dice la fuente',
  source: (n, title) => `Fuente ${n}: ${title} (se abre en una pestaña nueva)`,
  urgent: 'Urgente',
  status: {
    connecting: 'Conectando…',
    online: 'Conectado',
    reconnecting: 'Se perdió la conexión. Reconectando…',
    offline: 'Está sin conexión. El chat se reconectará cuando vuelva la conexión.',
    unavailable: 'El asistente no está disponible ahora. Inténtelo más tarde o llame a la clínica.',
    expired: 'Esta conversación ha terminado. Inicie una nueva para seguir preguntando.',
  },
  disclaimer: 'Asistente automático, no es consejo médico.',
  emergency: (number) => `En una emergencia llame al ${number}.`,
  emergencyUnknown: 'En una emergencia llame al número de emergencias local.',
  afterHours: (when) =>
    when ? `La clínica está cerrada ahora. El personal puede llamarle a partir del ${when}.` : 'La clínica está cerrada ahora.',
  leadForm: 'Sus datos para que le llamemos',
  contactKind: '¿Cómo le contactamos?',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  cancel: 'Cancelar la solicitud',
  expect: {
    name: 'Su nombre',
    contact: 'Su teléfono o correo electrónico',
    reason: 'Motivo de la llamada (opcional)',
    time: 'Mejor hora para llamar (opcional)',
    consent: 'Su respuesta',
  },
};

const TABLE: Record<string, Strings> = { en, es };

/** The table for a BCP 47 tag ("es-MX" takes Spanish); English when the language is not shipped. */
export function stringsFor(locale: string | undefined): Strings {
  const language = (locale ?? '').toLowerCase().split('-')[0] ?? '';
  return TABLE[language] ?? en;
}
