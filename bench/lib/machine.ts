import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the benchmark started: anything else running skews the figures. */
  loadAverage: number;
}

/** The machine a figure was measured on; figures without it cannot be compared. */
export function describeMachine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  return {
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}

export function printMachine(machine: Machine, databases: string[]): void {
  console.log('Machine');
  console.log(`  CPU       ${machine.cpu}`);
  console.log(`  cores     ${machine.cores}`);
  console.log(`  memory    ${machine.memoryGiB} GiB`);
  console.log(`  Node      ${machine.node}`);
  console.log(`  OS        ${machine.os}`);
  console.log(`  load      ${machine.loadAverage} (1-minute average at start)`);
  for (const db of databases) console.log(`  database  ${db}`);
  if (machine.loadAverage > machine.cores * 0.25) {
    console.log('  WARNING   the machine was busy when the benchmark started: figures may be low and noisy');
  }
}
