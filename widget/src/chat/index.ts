/** The part of the widget loaded on first open (or when the launcher is hovered or focused). */
import './chat-panel.js';

export { ChatSession } from './chat-session.js';
