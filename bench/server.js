// Loopback HTTP server for bench/run: GET /items/N answers {"id":N,"ok":true}.
// Usage: node server.js PORTFILE   (listens on 127.0.0.1, a free port, written to PORTFILE)
'use strict';
const http = require('http');
const fs = require('fs');

const portFile = process.argv[2];
const server = http.createServer((req, res) => {
  const m = /^\/items\/(\d+)(?:\?.*)?$/.exec(req.url);
  if (req.method !== 'GET' || !m) {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"error":"not found"}');
    return;
  }
  const body = '{"id":' + m[1] + ',"ok":true}';
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
});
server.keepAliveTimeout = 60000;
server.headersTimeout = 65000;
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  if (portFile) {
    fs.writeFileSync(portFile + '.tmp', String(port));
    fs.renameSync(portFile + '.tmp', portFile);
  } else {
    console.log(port);
  }
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
