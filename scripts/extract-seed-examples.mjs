// Copies every example of the seed references (../shared/seeds) verbatim into
// fixtures/seed-examples.json: each ```json body (with the status its heading or
// "**HTTP Status:**" line gives, and the headers block shown after it), and each row of seed
// 001's sentence tables as the {detail} or MQTT body it stands for. Run it when a seed
// changes; the output is committed so tests and stories never read outside the repository.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? '../shared/seeds';
const examples = [];

const statusIn = (text) => {
  const found = /\b([1-5]\d\d)\b/.exec(text ?? '');
  return found ? Number(found[1]) : undefined;
};
// Seed 000 marks a dev-only field with a trailing `// ...` comment; it is not JSON.
const withoutComments = (source) => source.replace(/^(\s*[^"/\n]*(?:"(?:[^"\\]|\\.)*"[^"/\n]*)*)\s*\/\/.*$/gm, '$1');

for (const file of readdirSync(dir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort()) {
  const seed = file.slice(0, 3);
  const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n');
  const headings = [];
  let stated; // "**HTTP Status:** 401" under the current heading
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{2,4}) (.*)$/.exec(line);
    if (heading) {
      headings.length = heading[1].length - 1;
      headings[heading[1].length - 2] = heading[2];
      stated = undefined;
      continue;
    }
    const statusLine = /^\*\*HTTP Status:\*\*\s*(\d{3})/.exec(line);
    if (statusLine) stated = Number(statusLine[1]);
    const path = headings.filter(Boolean);
    const headingStatus = [...path].reverse().map(statusIn).find(Boolean);

    if (line.trim() === '```json') {
      const start = i + 1;
      while (i + 1 < lines.length && lines[i + 1].trim() !== '```') i++;
      const source = lines.slice(start, i + 1).join('\n');
      i++;
      let body;
      try {
        body = JSON.parse(withoutComments(source));
      } catch {
        continue; // `{ ... }` placeholders
      }
      const headers = {};
      // A headers block shown right after the example belongs to it.
      for (let j = i + 1; j < Math.min(i + 6, lines.length); j++) {
        if (lines[j].trim() !== '```') continue;
        for (let k = j + 1; k < lines.length && lines[k].trim() !== '```'; k++) {
          const header = /^([A-Za-z-]+):\s*(.+)$/.exec(lines[k].trim());
          if (header) headers[header[1]] = header[2];
        }
        break;
      }
      const status = stated ?? headingStatus;
      examples.push({ seed, heading: path.join(' > '), ...(status ? { status } : {}), ...(Object.keys(headers).length ? { headers } : {}), body });
      continue;
    }

    // Seed 001 has no code: each table row is a response of its own.
    const row = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line);
    if (seed !== '001' || !row || /^-+$/.test(row[1]) || /^(Detail|Message|Code|Status|Operation)$/.test(row[1])) continue;
    const section = path.join(' > ');
    const tableStatus = statusIn(path[path.length - 1]);
    if (/^MQTT Error Codes > Error Codes$/.test(section)) {
      const code = row[1].replace(/`/g, '');
      examples.push({ seed, heading: section, body: { status: 'error', error_code: code, message: row[2] } });
    } else if (/^MQTT Error Codes > Validation Errors$/.test(section)) {
      examples.push({ seed, heading: section, body: { status: 'error', error_code: 'VALIDATION_ERROR', message: row[1] } });
    } else if (tableStatus && tableStatus >= 400 && !/Rate Limits Reference|HTTP Status Codes|Error Recovery/.test(section)) {
      examples.push({ seed, heading: section, status: tableStatus, body: { detail: row[1] } });
    }
  }
}
writeFileSync('fixtures/seed-examples.json', JSON.stringify(examples, null, 2) + '\n');
console.log(`${examples.length} examples`);
