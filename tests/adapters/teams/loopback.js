// Preloaded into the M365 Agents Playground (node --require): every server it starts without naming a host
// listens on 127.0.0.1 only. The Playground calls server.listen(port) with no host, so Node binds it to all
// interfaces (::), and its CLI has no option or environment variable for the host (checked for 0.2.28:
// `start --help`, and the only process.env reads in dist/index.js). A test checks the listening address.
const net = require("net");

const LOOPBACK = "127.0.0.1";
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
  const [first] = args;
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    if (typeof args[1] !== "string") args.splice(1, 0, LOOPBACK);
  } else if (first && typeof first === "object" && !first.path && !first.host && !first._handle && !first.fd) {
    args[0] = { ...first, host: LOOPBACK };
  } else if (first === undefined || typeof first === "function") {
    args.unshift(0, LOOPBACK);
  }
  return listen.apply(this, args);
};
