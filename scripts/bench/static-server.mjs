// The reference for `npm run load`: a minimal static server (node:http) that answers fixed bytes
// per path, with the same Content-Type as the app. Runs as a child process (forked with IPC by
// scripts/load.mjs) so that it does not share an event loop with the load generator.
// Protocol: the parent sends { routes: { [path]: { body: base64, contentType } } }; the child
// listens on a free port of 127.0.0.1 and answers { port }.
import http from 'node:http';

process.once('message', ({ routes }) => {
  const table = new Map(Object.entries(routes).map(([p, r]) => [p, { body: Buffer.from(r.body, 'base64'), contentType: r.contentType }]));
  const server = http.createServer((req, res) => {
    const hit = table.get(req.url);
    if (!hit) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': hit.contentType, 'Content-Length': hit.body.length });
    res.end(hit.body);
  });
  server.keepAliveTimeout = 5000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => server.close(() => process.exit(0)));
});
