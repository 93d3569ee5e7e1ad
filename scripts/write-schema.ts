/**
 * Writes the published JSON Schema of the charter file to
 * public/charter.schema.json. Run with `npm run schema` whenever
 * src/charter/charterFile.ts changes (a unit test fails until you do).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { charterJsonSchema } from '../src/charter/charterJsonSchema';

const out = fileURLToPath(new URL('../public/charter.schema.json', import.meta.url));
writeFileSync(out, JSON.stringify(charterJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
