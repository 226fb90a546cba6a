// Load generator for the side-by-side benchmark: N stations of the independent ocpp-rpc client in strict mode
// (every CALL and CALLRESULT validated against the OCA JSON schemas), each one call in flight, back to back.
//
//   node generator.mjs --url ws://127.0.0.1:8180/ocpp --protocol ocpp1.6 --stations 1000 --calls 40 \
//        --profile heartbeat --password secret --prefix SIM- [--ramp-up-ms 5000] [--source-addresses 8]
//        [--connect-retries 8]
//
// Each station connects, sends BootNotification, then --calls calls of the profile. The connect phase
// (connect + boot of every station) is timed and reported apart from the measured phase, which starts when
// the last station has booted. Prints one line of JSON.
//
// Profiles: heartbeat | status | meter5 | meter13 | transaction (start, meter values with 5 values, stop).
import { readFileSync } from 'node:fs';
import ocppRpc from 'ocpp-rpc';

const { RPCClient } = ocppRpc;

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, word, i, all) => {
    if (word.startsWith('--')) pairs.push([word.slice(2), all[i + 1]]);
    return pairs;
}, []));
const url = args.url;
const protocol = args.protocol ?? 'ocpp1.6';
const stations = Number(args.stations ?? 1000);
const calls = Number(args.calls ?? 40);
const profile = args.profile ?? 'heartbeat';
const password = args.password;
const prefix = args.prefix ?? 'SIM-';
const rampUpMs = Number(args['ramp-up-ms'] ?? 5000);
const sourceAddresses = Number(args['source-addresses'] ?? 8);
const connectRetries = Number(args['connect-retries'] ?? 8);
const V16 = protocol === 'ocpp1.6';
// CPU of other processes over the measured phase only: --server-pids 123,456 and --db-master PID (PostgreSQL's
// postmaster: its live children plus the reaped ones' cutime/cstime)
const serverPids = (args['server-pids'] ?? '').split(',').filter(Boolean);
const dbMaster = args['db-master'];
const TICK = 100; // USER_HZ on Linux

function ticks(pid, withChildren) {
    try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
        return Number(rest[11]) + Number(rest[12]) + (withChildren ? Number(rest[13]) + Number(rest[14]) : 0);
    } catch {
        return 0;
    }
}

function dbTicks() {
    if (!dbMaster) return 0;
    let sum = ticks(dbMaster, true);
    try {
        for (const child of readFileSync(`/proc/${dbMaster}/task/${dbMaster}/children`, 'utf8').trim().split(/\s+/)) {
            if (child) sum += ticks(child, false);
        }
    } catch { /* no children file: only the postmaster counts */ }
    return sum;
}

function cpuNow() {
    return { server: serverPids.reduce((s, p) => s + ticks(p, false), 0), db: dbTicks() };
}
const PROFILES = ['heartbeat', 'status', 'meter5', 'meter13', 'transaction'];
if (!url || !PROFILES.includes(profile) || !['ocpp1.6', 'ocpp2.0.1'].includes(protocol)) {
    console.error(`usage: --url WS_URL --protocol ocpp1.6|ocpp2.0.1 --profile ${PROFILES.join('|')}`);
    process.exit(2);
}

const BOOT = V16
    ? { chargePointVendor: 'ocpp-rpc', chargePointModel: 'side-by-side' }
    : { reason: 'PowerUp', chargingStation: { model: 'side-by-side', vendorName: 'ocpp-rpc' } };

// the 13 sampled values of a full AC meter reading; the first 5 are the short reading
const MEASURANDS = [
    ['Energy.Active.Import.Register', null, 'Wh'], ['Power.Active.Import', null, 'W'],
    ['Current.Import', 'L1', 'A'], ['Current.Import', 'L2', 'A'], ['Current.Import', 'L3', 'A'],
    ['Voltage', 'L1-N', 'V'], ['Voltage', 'L2-N', 'V'], ['Voltage', 'L3-N', 'V'],
    ['Power.Offered', null, 'W'], ['Current.Offered', null, 'A'], ['SoC', null, 'Percent'],
    ['Power.Factor', null, null], ['Frequency', null, null],
];

function sampledValues(count, energyWh) {
    return MEASURANDS.slice(0, count).map(([measurand, phase, unit], i) => {
        const number = i === 0 ? energyWh : 10 + i;
        if (V16) {
            const v = { value: String(number), measurand, context: 'Sample.Periodic' };
            if (phase) v.phase = phase;
            if (unit) v.unit = unit;
            return v;
        }
        const v = { value: number, measurand, context: 'Sample.Periodic' };
        if (phase) v.phase = phase;
        if (unit) v.unitOfMeasure = { unit };
        return v;
    });
}

function meterValues(count, energyWh, transactionId) {
    const reading = [{ timestamp: new Date().toISOString(), sampledValue: sampledValues(count, energyWh) }];
    if (V16) {
        const p = { connectorId: 1, meterValue: reading };
        if (transactionId !== undefined) p.transactionId = transactionId;
        return ['MeterValues', p];
    }
    return ['MeterValues', { evseId: 1, meterValue: reading }];
}

function status(i) {
    return V16
        ? ['StatusNotification', { connectorId: 1, errorCode: 'NoError', status: i % 2 ? 'Preparing' : 'Available',
            timestamp: new Date().toISOString() }]
        : ['StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: i % 2 ? 'Occupied' : 'Available',
            evseId: 1, connectorId: 1 }];
}

/** The i-th call (0-based) of a station's measured phase. */
function nextCall(state, i) {
    switch (profile) {
        case 'heartbeat': return ['Heartbeat', {}];
        case 'status': return status(i);
        case 'meter5': return meterValues(5, 1000 + i * 100);
        case 'meter13': return meterValues(13, 1000 + i * 100);
        case 'transaction': return transactionCall(state, i);
    }
}

function transactionCall(state, i) {
    const now = new Date().toISOString();
    const last = i === calls - 1;
    if (V16) {
        if (i === 0) return ['StartTransaction', { connectorId: 1, idTag: 'BENCH-TAG', meterStart: 1000, timestamp: now }];
        if (last) return ['StopTransaction', { transactionId: state.transactionId, meterStop: 1000 + i * 100, timestamp: now,
            reason: 'EVDisconnected' }];
        return meterValues(5, 1000 + i * 100, state.transactionId);
    }
    const eventType = i === 0 ? 'Started' : last ? 'Ended' : 'Updated';
    const event = { eventType, timestamp: now, seqNo: i,
        triggerReason: i === 0 ? 'Authorized' : last ? 'EVCommunicationLost' : 'MeterValuePeriodic',
        transactionInfo: { transactionId: state.txId }, evse: { id: 1, connectorId: 1 },
        meterValue: [{ timestamp: now, sampledValue: sampledValues(5, 1000 + i * 100) }] };
    if (i === 0) event.idToken = { idToken: 'BENCH-TAG', type: 'ISO14443' };
    if (last) event.transactionInfo.stoppedReason = 'EVDisconnected';
    return ['TransactionEvent', event];
}

const latencies = [];
let errors = 0;
const errorKinds = {};
let connectFailures = 0;
const started = process.hrtime.bigint();
let measuredStart = null;

async function station(n) {
    const identity = prefix + String(n).padStart(6, '0');
    await new Promise(r => setTimeout(r, (rampUpMs * (n - 1)) / stations));
    // like real stations: connect from one of several loopback addresses (a per-address cap applies to a NAT, not
    // to a city), and retry a refused connect (503 while the server is busy hashing passwords) with jittered back-off
    const wsOpts = { localAddress: `127.0.0.${2 + (n % sourceAddresses)}` };
    let client;
    try {
        for (let attempt = 0; ; attempt++) {
            client = new RPCClient({ endpoint: url, identity, password, protocols: [protocol], strictMode: true,
                reconnect: false, callTimeoutMs: 60000, wsOpts });
            try {
                await client.connect();
                break;
            } catch (e) {
                client.close({ force: true }).catch(() => {});
                if (attempt >= connectRetries) throw e;
                const step = Math.min(30000, 500 * 2 ** attempt);
                await new Promise(r => setTimeout(r, step / 2 + Math.random() * step / 2));
            }
        }
        await client.call('BootNotification', BOOT);
    } catch (e) {
        connectFailures++;
        errorKinds['connect: ' + (e.message ?? e).toString().slice(0, 60)] = (errorKinds['connect: ' + (e.message ?? e).toString().slice(0, 60)] ?? 0) + 1;
        client.close({ force: true }).catch(() => {});
        return null;
    }
    return { client, identity, n, transactionId: undefined, txId: `${identity}-${process.pid}` };
}

async function drive(state) {
    for (let i = 0; i < calls; i++) {
        const [method, params] = nextCall(state, i);
        const t0 = process.hrtime.bigint();
        try {
            const answer = await state.client.call(method, params);
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
            if (method === 'StartTransaction') state.transactionId = answer.transactionId;
        } catch (e) {
            errors++;
            const kind = `${method}: ${(e.rpcErrorCode ?? e.message ?? e).toString().slice(0, 60)}`;
            errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
        }
    }
}

const states = (await Promise.all(Array.from({ length: stations }, (_, i) => station(i + 1)))).filter(Boolean);
measuredStart = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
const othersBefore = cpuNow();
await Promise.all(states.map(drive));
const end = process.hrtime.bigint();
const cpu = process.cpuUsage(cpuBefore);
const othersAfter = cpuNow();
await Promise.all(states.map(s => s.client.close({ force: true }).catch(() => {})));

latencies.sort((a, b) => a - b);
const pct = p => latencies.length ? Number(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1)) : null;
const seconds = Number(end - measuredStart) / 1e9;
console.log(JSON.stringify({
    protocol, profile, stations, connected: states.length, connectFailures,
    connectSeconds: Number((Number(measuredStart - started) / 1e9).toFixed(2)),
    calls: latencies.length, errors, errorKinds, seconds: Number(seconds.toFixed(2)),
    callsPerSecond: Math.round(latencies.length / seconds),
    p50: pct(0.5), p95: pct(0.95), p99: pct(0.99), max: latencies.length ? Number(latencies.at(-1).toFixed(1)) : null,
    generatorCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
    serverCpuSeconds: (othersAfter.server - othersBefore.server) / TICK,
    dbCpuSeconds: (othersAfter.db - othersBefore.db) / TICK,
}));
process.exit(0);
