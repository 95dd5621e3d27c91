import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { clearSession } from '../../src/ui/session';

afterEach(() => {
  cleanup();
  // The session outlives components by design: each test starts a new visit.
  clearSession();
  window.location.hash = '';
});
