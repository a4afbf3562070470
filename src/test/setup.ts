import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library can't register its own cleanup.
afterEach(() => cleanup());

// findBy/waitFor wait for the app to answer (the mock server, React's renders), not to measure
// it: on a busy 2-core machine a page's first load can take seconds, more than the default 1 s.
configure({ asyncUtilTimeout: 10_000 });
