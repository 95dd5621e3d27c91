/**
 * The words of the customer-facing pages. Components call useMessages(); a
 * later language is a second catalogue given to MessagesProvider.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en';
import type { Messages } from './messages';

export const MessagesContext = createContext<Messages>(en);
export const MessagesProvider = MessagesContext.Provider;

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
