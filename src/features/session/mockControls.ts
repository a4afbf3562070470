import type { Role } from '../../api/schemas/me';

/**
 * The demo switches the embedded mock exposes on `window.auditMock` (see mocks/browser.ts).
 * Declared here, not imported, so that an `http` build carries no mock code.
 */
interface MockControls {
  set(settings: { role?: Role }): unknown;
}

export function mockControls(): MockControls | null {
  const candidate = (window as unknown as { auditMock?: MockControls }).auditMock;
  return candidate ?? null;
}
