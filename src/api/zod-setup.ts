import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * zod's settings for every schema of the dashboard; import it before defining any.
 * zod/mini has the classic API's parser and messages in about a third of the
 * JavaScript (its schemas carry no methods), so the first view can afford it; it
 * loads no locale of its own, hence the English messages here. No schema compilation
 * with `new Function`: the reference server's Content-Security-Policy forbids eval,
 * and zod's probe for it would be reported as a violation.
 */
z.config({ ...en(), jitless: true });

export { z };
