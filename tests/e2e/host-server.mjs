// A second origin for the embed tests (another port on loopback): host pages are posted by the
// tests and served back as they would be by a news site. Test-only; bounded in size and count.
import http from 'node:http';

const port = Number(process.env.HOST_PORT || 3101);
const pages = new Map();

http
  .createServer((req, res) => {
    const m = /^\/pages\/([a-z0-9-]{1,40})$/.exec(req.url || '');
    if (req.method === 'GET' && req.url === '/health') return res.end('ok');
    if (!m) return res.writeHead(404).end();
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
        if (body.length > 65536) req.destroy();
      });
      req.on('end', () => {
        if (pages.size > 200) pages.clear();
        pages.set(m[1], body);
        res.writeHead(204).end();
      });
      return;
    }
    if (!pages.has(m[1])) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages.get(m[1]));
  })
  .listen(port, '127.0.0.1');
