// Validates every manifest in deploy/kubernetes against the Kubernetes OpenAPI schemas (kubernetes-models,
// offline), then holds the Deployment against what the container measured (.ci/container passes the peak
// memory in MiB): its memory limit above the peak, requests within limits, probes on the health endpoints
// the service answers, on the port it listens on.
//   node .ci/k8s/validate.mjs DIR PEAK_MIB
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const [dir, peakArg] = process.argv.slice(2);
const peak = Number(peakArg);
const failures = [];
const docs = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
    if (doc.errors.length) failures.push(`${file}: ${doc.errors[0].message}`);
    const obj = doc.toJS();
    if (obj) docs.push({ file, obj });
  }
}
for (const { file, obj } of docs) {
  let Kind;
  try {
    Kind = (await import(`kubernetes-models/${obj.apiVersion}`))[obj.kind];
  } catch (e) {
    Kind = undefined;
  }
  if (!Kind) {
    failures.push(`${file}: no schema for ${obj.apiVersion} ${obj.kind}`);
    continue;
  }
  try {
    new Kind(obj).validate();
    console.log(`valid: ${file} (${obj.apiVersion} ${obj.kind} ${obj.metadata?.name})`);
  } catch (e) {
    failures.push(`${file}: ${e.message}`);
  }
}

const mib = (q) => {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?$/.exec(String(q));
  if (!m) return NaN;
  const n = Number(m[1]);
  return { Ki: n / 1024, Mi: n, Gi: n * 1024, K: n / 1.048576 / 1024, M: n / 1.048576, G: (n * 1000) / 1.048576 }[m[2]] ?? n / 1048576;
};
const deployment = docs.find((d) => d.obj.kind === "Deployment")?.obj;
if (!deployment) failures.push("no Deployment");
else {
  const container = deployment.spec.template.spec.containers[0];
  const limit = mib(container.resources?.limits?.memory), request = mib(container.resources?.requests?.memory);
  if (!(limit > peak)) failures.push(`memory limit ${container.resources?.limits?.memory} is not above the measured peak ${peak} MiB`);
  else console.log(`memory: peak ${peak} MiB under the limit ${limit} MiB (${Math.round((100 * peak) / limit)}%)`);
  if (!(request <= limit)) failures.push(`memory request ${request} MiB above the limit ${limit} MiB`);
  const port = container.ports?.[0]?.containerPort;
  const health = { startupProbe: "/q/health/started", livenessProbe: "/q/health/live", readinessProbe: "/q/health/ready" };
  for (const [probe, path] of Object.entries(health)) {
    const get = container[probe]?.httpGet;
    if (!get) failures.push(`${probe} missing`);
    else if (get.path !== path) failures.push(`${probe} asks ${get.path}, the service answers ${path}`);
    else if (get.port !== port && get.port !== container.ports?.[0]?.name) failures.push(`${probe} on port ${get.port}, the container listens on ${port}`);
  }
  const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
  const config = docs.find((d) => d.obj.kind === "ConfigMap")?.obj?.data ?? {};
  const httpPort = env.QUARKUS_HTTP_PORT ?? config.QUARKUS_HTTP_PORT ?? "8080";
  if (String(port) !== String(httpPort)) failures.push(`containerPort ${port}, the service listens on ${httpPort}`);
}
if (failures.length) {
  console.error("manifest check FAILED:\n  " + failures.join("\n  "));
  process.exit(1);
}
console.log("manifests: valid and in line with the container");
