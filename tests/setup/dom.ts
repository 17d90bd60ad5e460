import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` wait on a condition; their limit is only a guard against a hang, so it
// is set far above anything an idle machine needs (the default 1 s fails on a loaded 2-core one).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
