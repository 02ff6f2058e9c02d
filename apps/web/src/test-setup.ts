import '@testing-library/jest-dom/vitest';
import { loadAllCatalogues } from './i18n/messages';

// Component tests render any module: every label is there, as on a page after its first load.
await loadAllCatalogues();
