/**
 * Preloaded into the CLI (node --require) by the tests to play another process that removes or
 * truncates a file while rapportkoll is reading it: RAPPORTKOLL_TEST_VANISH names the file,
 * RAPPORTKOLL_TEST_VANISH_MODE says when and how ("before-open", "unlink", "truncate").
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");
const path = require("path");

const target = path.resolve(process.env.RAPPORTKOLL_TEST_VANISH || "");
const mode = process.env.RAPPORTKOLL_TEST_VANISH_MODE;
const watched = new Set();

const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  const isTarget = path.resolve(String(file)) === target;
  if (isTarget && mode === "before-open") fs.unlinkSync(target);
  const fd = openSync.call(this, file, ...rest);
  if (isTarget) watched.add(fd);
  return fd;
};

const readSync = fs.readSync;
fs.readSync = function (fd, ...rest) {
  const n = readSync.call(this, fd, ...rest);
  if (watched.has(fd)) {
    watched.delete(fd);
    if (mode === "unlink") fs.unlinkSync(target);
    if (mode === "truncate") fs.truncateSync(target, 10);
  }
  return n;
};
