/**
 * Serves tests/fixtures/pages on 127.0.0.1 (a free port), and records what pages post to /report.
 * /hostile/NAME.html is the demo article with hostile/NAME.js run first in its <head>.
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const PAGES = fileURLToPath(new URL("../fixtures/pages/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".png": "image/png", ".jpg": "image/jpeg" };

export async function startServer() {
  const posts = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method === "POST" && url.pathname === "/report") {
      let body = "";
      for await (const chunk of request) body += chunk;
      posts.push(body);
      response.writeHead(204).end();
      return;
    }
    const hostile = /^\/hostile\/([\w-]+)\.html$/.exec(url.pathname);
    if (hostile) {
      const article = await readFile(join(PAGES, "demo-article.html"), "utf8");
      const page = article.replace("<head>", `<head>\n  <script src="/hostile/${hostile[1]}.js"></script>`);
      return void response.writeHead(200, { "content-type": TYPES[".html"] }).end(page);
    }
    const path = normalize(join(PAGES, decodeURIComponent(url.pathname)));
    if (!path.startsWith(PAGES)) return void response.writeHead(403).end();
    try {
      const data = await readFile(path);
      response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(data);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    posts,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
