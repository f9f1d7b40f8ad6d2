import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// findBy* and waitFor give up after 1 s by default: a loaded two-core machine (CI, or a browser suite
// running beside the unit suite) can take longer than that to render a page, so wait up to 10 s.
configure({ asyncUtilTimeout: 10_000 });
