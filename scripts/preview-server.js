/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * A tiny static file server for the built preview: plain http, GET and HEAD only, and nothing
 * outside its folder (no "..", no absolute paths, no symlinks leading out).
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** The file a request path names inside root, or null when it would leave root. */
function resolveInside(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const relative =
    decoded === "/" || decoded === ""
      ? "index.html"
      : decoded.replace(/^\/+/, "");
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

/** Starts serving `root`; resolves with the server and its address once it listens. */
function startServer({ root, port = 3000, host = "127.0.0.1" }) {
  const base = fs.realpathSync(path.resolve(root));
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "Metoden stöds inte.");
    const file = resolveInside(base, req.url || "/");
    if (!file) return send(res, 403, "Förbjuden sökväg.");
    fs.realpath(file, (error, real) => {
      if (error) return send(res, 404, "Finns inte.");
      if (real !== base && !real.startsWith(base + path.sep))
        return send(res, 403, "Förbjuden sökväg.");
      fs.stat(real, (statError, stat) => {
        if (statError || !stat.isFile()) return send(res, 404, "Finns inte.");
        res.writeHead(200, {
          "Content-Type":
            TYPES[path.extname(real).toLowerCase()] ||
            "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-cache",
          "X-Content-Type-Options": "nosniff",
        });
        if (req.method === "HEAD") return res.end();
        fs.createReadStream(real).pipe(res);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://localhost:${actual}/` });
    });
  });
}

module.exports = { startServer, resolveInside };
