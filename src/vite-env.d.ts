/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `mock` (default): the embedded mock server; `http`: a real API at VITE_API_BASE_URL */
  readonly VITE_API_MODE?: 'mock' | 'http';
  readonly VITE_API_BASE_URL?: string;
  /** records per stream in the mock (default 50,000; up to 1,000,000) */
  readonly VITE_MOCK_RECORDS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
