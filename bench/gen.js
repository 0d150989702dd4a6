// Generates the benchmark inputs for bench/run: the same N GETs, each with one JSON assertion, as a
// Baton collection, a Newman (Postman v2.1) collection and an httpyac .http file; and a Baton collection
// that repeats the steps of collections/zoom-oauth-pkce.yaml K times.
//
//   node gen.js items OUTDIR BASEURL N      -> OUTDIR/baton-N.yaml, newman-N.json, httpyac-N.http,
//                                              and baton-data.yaml + ids-N.csv (one step, N data rows)
//   node gen.js zoom  OUTDIR SOURCE.yaml K  -> OUTDIR/zoom-xK.yaml
'use strict';
const fs = require('fs');
const path = require('path');

const [mode, outDir, arg, countText] = process.argv.slice(2);
const count = Number(countText);
if (!['items', 'zoom'].includes(mode) || !outDir || !arg || !(count > 0)) {
  console.error('usage: node gen.js items OUTDIR BASEURL N | node gen.js zoom OUTDIR SOURCE.yaml K');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

if (mode === 'items') {
  const base = arg.replace(/\/$/, '');
  const ids = Array.from({ length: count }, (_, i) => i + 1);

  // Baton: one step per request, a JSON assertion on the id.
  const baton = [`name: Bench ${count} GETs`, 'vars:', `  baseUrl: ${base}`, 'steps:'];
  for (const i of ids) {
    baton.push(`  - name: GET item ${i}`, '    request:', `      url: <<baseUrl>>/items/${i}`,
      '    expect:', '      json:', `        $.id: ${i}`);
  }
  fs.writeFileSync(path.join(outDir, `baton-${count}.yaml`), baton.join('\n') + '\n');

  // Baton, data-driven: one step, one iteration per row of ids-N.csv (baton run --data).
  fs.writeFileSync(path.join(outDir, 'baton-data.yaml'), ['name: Bench GETs from a data file', 'vars:',
    `  baseUrl: ${base}`, 'steps:', '  - name: GET item', '    request:', '      url: <<baseUrl>>/items/<<id>>',
    '    expect:', '      json:', '        $.id: <<id>>'].join('\n') + '\n');
  fs.writeFileSync(path.join(outDir, `ids-${count}.csv`), ['id', ...ids].join('\n') + '\n');

  // Newman: one item per request, one pm.test on the id.
  const newman = {
    info: {
      name: `Bench ${count} GETs`,
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    variable: [{ key: 'baseUrl', value: base }],
    item: ids.map((i) => ({
      name: `GET item ${i}`,
      request: { method: 'GET', url: `{{baseUrl}}/items/${i}` },
      event: [{
        listen: 'test',
        script: { type: 'text/javascript', exec: [`pm.test("id is ${i}", function () { pm.expect(pm.response.json().id).to.eql(${i}); });`] },
      }],
    })),
  };
  fs.writeFileSync(path.join(outDir, `newman-${count}.json`), JSON.stringify(newman));

  // httpyac: one request per region, one assertion on the parsed body.
  const http = [`@baseUrl = ${base}`, ''];
  for (const i of ids) {
    http.push(`GET {{baseUrl}}/items/${i}`, '', `?? js response.parsedBody.id == ${i}`, '', '###', '');
  }
  fs.writeFileSync(path.join(outDir, `httpyac-${count}.http`), http.join('\n'));
} else {
  // The Zoom PKCE collection with its steps repeated: unique step names, the same auth block (one
  // verifier per collection run), each Authorize step getting its own fresh code.
  const source = fs.readFileSync(arg, 'utf8');
  const at = source.search(/^steps:\s*$/m);
  if (at < 0) {
    console.error(`no top-level 'steps:' in ${arg}`);
    process.exit(2);
  }
  const head = source.slice(0, at).replace(/^name: (.*)$/m, `name: $1 x${count}`);
  const block = source.slice(at).replace(/^steps:\s*\n/, '').replace(/\s+$/, '') + '\n';
  if (!/^  - name: /m.test(block)) {
    console.error(`unexpected step layout in ${arg}`);
    process.exit(2);
  }
  let out = head + 'steps:\n';
  for (let k = 1; k <= count; k++) {
    out += block.replace(/^(  - name: )(.*)$/gm, `$1$2 (run ${k})`) + '\n';
  }
  fs.writeFileSync(path.join(outDir, `zoom-x${count}.yaml`), out);
}
