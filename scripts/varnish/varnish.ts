// Runs Varnish with the project's VCL (deploy/varnish/klartekst.vcl) in front of app instances on
// loopback, for the tests, the fault test and the bench: varnishd in the foreground as a child
// process, with its own working directory, and the instances' ports written into a generated
// klartekst-backends.vcl (probe, timeouts and purge ACL as in the example next to the VCL).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { stopProcessGroup } from "../bench/next-server";

const VCL_DIR = resolve("deploy/varnish");

export type RunningVarnish = {
  url: string;
  pid: number;
  lines: string[];
  /** Drops the answers tagged with any of the keys, as the app's purge client does. */
  purge(keys: string[]): Promise<Response>;
  stop(): Promise<void>;
};

/** Fails with what to install when varnishd or the xkey module is missing. */
export function checkVarnishInstalled() {
  const version = spawnSync("varnishd", ["-V"], { encoding: "utf8" });
  if (version.status !== 0) throw new Error("varnishd is not installed: apt-get install varnish varnish-modules");
  const dir = spawnSync("sh", ["-c", "ls /usr/lib/*/varnish/vmods/libvmod_xkey.so /usr/lib/varnish/vmods/libvmod_xkey.so 2>/dev/null"], { encoding: "utf8" });
  if (!dir.stdout.trim()) throw new Error("Varnish's xkey module is not installed: apt-get install varnish-modules");
}

/** The example backends file with one backend of each kind per port (same probes, timeouts and ACL). */
export function backendsVcl(ports: number[]): string {
  const example = readFileSync(join(VCL_DIR, "klartekst-backends.vcl"), "utf8");
  const templates = ["app1", "app1_database"].map((name) => new RegExp(`backend ${name} \\{[\\s\\S]*?\\n\\}\\n`).exec(example)?.[0]);
  const firstBackend = example.indexOf("# One backend per app instance");
  const afterInit = example.indexOf("\n}\n", example.indexOf("sub vcl_init")) + 3;
  if (templates.some((t) => !t) || firstBackend < 0 || afterInit < 3) throw new Error("deploy/varnish/klartekst-backends.vcl changed shape");
  const backends = templates.flatMap((template) => ports.map((port, i) => template!.replace("app1", `app${i + 1}`).replace(/\.port = "\d+";/, `.port = "${port}";`))).join("\n");
  const add = (director: string, suffix: string) => ports.map((_, i) => `    ${director}.add_backend(app${i + 1}${suffix});\n`).join("");
  const init = `sub vcl_init {\n    new klartekst = directors.round_robin();\n${add("klartekst", "")}    new klartekst_database = directors.round_robin();\n${add("klartekst_database", "_database")}}\n`;
  return example.slice(0, firstBackend) + backends + "\n" + init + example.slice(afterInit);
}

export async function startVarnish({ port, backendPorts, workDir }: { port: number; backendPorts: number[]; workDir: string }): Promise<RunningVarnish> {
  checkVarnishInstalled();
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, "vcl"), { recursive: true });
  writeFileSync(join(workDir, "vcl", "klartekst-backends.vcl"), backendsVcl(backendPorts));
  const child: ChildProcess = spawn(
    "varnishd",
    [
      "-F", // foreground: a child of this process, stopped with it
      "-j",
      "none", // no separate user (the tests may run as root or not)
      "-n",
      join(resolve(workDir), "state"),
      "-a",
      `127.0.0.1:${port}`,
      "-T",
      "127.0.0.1:0",
      "-f",
      join(VCL_DIR, "klartekst.vcl"),
      "-p",
      `vcl_path=${resolve(workDir, "vcl")}:${VCL_DIR}`,
      "-s",
      "malloc,256m",
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}:\n${lines.slice(-20).join("\n")}`);
    const answered = await fetch(`${url}/`, { method: "PURGE", headers: { "xkey-purge": "nothing" } }).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await stopProcessGroup(child);
      throw new Error(`varnishd did not answer on ${url} within 30 s:\n${lines.slice(-20).join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    lines,
    purge: (keys) => fetch(`${url}/`, { method: "PURGE", headers: { "xkey-purge": keys.join(" ") } }),
    stop: () => stopProcessGroup(child),
  };
}
