// One conformance probe against the Ladewerk gateway, driven by the independent strict OCPP-J client
// ocpp-rpc in strict mode (every CALL and CALLRESULT is validated against the official OCA JSON schemas).
//
//   node probe.mjs <endpoint> <identity> <password> <protocol> <scenario>
//
// Prints exactly ONE line of JSON to stdout describing what happened; the assertions are made by
// StrictClientConformanceIT. Exit code 0 when the scenario ran to its end (whatever the gateway
// answered), non-zero only when the probe itself crashed or hung.
//
// Scenarios: boot-heartbeat-status, malformed-json, unknown-action, schema-invalid,
// unknown-message-type, wrong-password, username-not-identity, no-subprotocol, unsupported-subprotocol,
// flow: the main charging flow of the version, then it answers the CSMS's calls (validated against the
// OCA schemas by ocpp-rpc) until a line "done" arrives on stdin. It writes "READY <json>" to stderr once
// the CSMS may send its calls; the calls it received are in out.csmsCalls, the answers it gave in
// out.csmsAnswers.
import { createRequire } from 'node:module';
import ocppRpc from 'ocpp-rpc';

const { RPCClient } = ocppRpc;
const require = createRequire(import.meta.url);

const [endpoint, identity, password, protocol, scenario] = process.argv.slice(2);

const ERROR_CODES = {
    'ocpp1.6': ['NotImplemented', 'NotSupported', 'InternalError', 'ProtocolError', 'SecurityError',
        'FormationViolation', 'PropertyConstraintViolation', 'OccurenceConstraintViolation',
        'TypeConstraintViolation', 'GenericError'],
    'ocpp2.0.1': ['FormatViolation', 'GenericError', 'InternalError', 'MessageTypeNotSupported', 'NotImplemented',
        'NotSupported', 'OccurrenceConstraintViolation', 'PropertyConstraintViolation', 'ProtocolError',
        'RpcFrameworkError', 'SecurityError', 'TypeConstraintViolation'],
};

const V16 = protocol === 'ocpp1.6';

const BOOT = V16
    ? { chargePointVendor: 'ocpp-rpc', chargePointModel: 'strict-client', chargePointSerialNumber: 'SN-STRICT' }
    : { reason: 'PowerUp', chargingStation: { model: 'strict-client', vendorName: 'ocpp-rpc', serialNumber: 'SN-STRICT' } };

// Bad frames sent with sendRaw, so that the client's own strict validation cannot stop them.
const RAW_FRAMES = {
    'malformed-json': 'this is not json',
    'unknown-action': '[2,"ua-1","NoSuchAction",{}]',
    'schema-invalid': V16
        ? '[2,"si-1","BootNotification",{"chargePointModel":"strict-client"}]' // chargePointVendor missing
        : '[2,"si-1","BootNotification",{"reason":"PowerUp"}]', // chargingStation missing
    'unknown-message-type': '[7,"mt-1","Heartbeat",{}]',
};

const out = {
    ok: false,
    scenario,
    protocol,
    identity,
    connected: false,
    negotiatedProtocol: null,
    httpStatus: null,
    results: {},
    sent: null,
    answers: [],
    callErrors: [],
    strictValidationFailures: [],
    frameProblems: [],
    inboundCalls: [],
    csmsCalls: [],
    closedByServer: null,
};

let done = false;
function finish(code) {
    if (done) return;
    done = true;
    process.stdout.write(JSON.stringify(out) + '\n', () => process.exit(code));
}

const watchdog = setTimeout(() => {
    out.error = `probe timed out after ${scenario === 'flow' ? 60 : 25} s`;
    finish(3);
}, scenario === 'flow' ? 60_000 : 25_000);
watchdog.unref();

const sleep = ms => new Promise(r => setTimeout(r, ms));

function describeError(err) {
    return {
        name: err?.name ?? null,
        message: err?.message ?? String(err),
        rpcErrorCode: err?.rpcErrorCode ?? null,
        details: err?.details ?? null,
    };
}

/** Checks every CALLERROR the CSMS sends; ocpp-rpc itself does not validate CALLERROR frames. */
function checkCallError(frame, text) {
    const problems = [];
    if (frame.length !== 5) problems.push(`CALLERROR must have 5 elements, has ${frame.length}`);
    if (typeof frame[1] !== 'string' || frame[1].length > 36) problems.push('message id must be a string of at most 36 characters');
    const codes = ERROR_CODES[protocol];
    if (codes && !codes.includes(frame[2])) problems.push(`error code ${JSON.stringify(frame[2])} is not an ${protocol} error code`);
    if (typeof frame[3] !== 'string') problems.push('errorDescription must be a string');
    else if (frame[3].length > 255) problems.push(`errorDescription longer than 255 characters (${frame[3].length})`);
    if (frame[4] === null || typeof frame[4] !== 'object' || Array.isArray(frame[4])) problems.push('errorDetails must be a JSON object');
    for (const p of problems) out.frameProblems.push({ frame: text, problem: p });
}

function newClient(options) {
    const client = new RPCClient({
        endpoint,
        identity,
        reconnect: false,
        callTimeoutMs: 10_000,
        ...options,
    });
    client.on('strictValidationFailure', ev => {
        out.strictValidationFailures.push({
            method: ev.method,
            messageId: ev.messageId,
            outbound: ev.outbound,
            isCall: ev.isCall,
            params: ev.params,
            result: ev.result,
            error: describeError(ev.error),
        });
    });
    client.on('message', ({ message, outbound }) => {
        if (outbound) return;
        const text = message.toString();
        let frame;
        try {
            frame = JSON.parse(text);
        } catch {
            out.frameProblems.push({ frame: text, problem: 'CSMS sent a frame that is not JSON' });
            return;
        }
        if (!Array.isArray(frame)) {
            out.frameProblems.push({ frame: text, problem: 'CSMS sent a frame that is not an array' });
        } else if (frame[0] === 4) {
            checkCallError(frame, text);
        } else if (frame[0] === 2) {
            if (scenario !== 'flow') out.inboundCalls.push(text);
        } else if (frame[0] !== 3) {
            out.frameProblems.push({ frame: text, problem: `CSMS sent message type ${frame[0]}` });
        }
    });
    // Answers to frames sent with sendRaw match no pending call: ocpp-rpc reports them as badMessage.
    client.on('badMessage', ({ buffer }) => {
        const text = buffer.toString();
        let frame = null;
        try {
            frame = JSON.parse(text);
        } catch {
            // kept as text
        }
        out.answers.push({ text, frame });
    });
    client.on('close', ({ code }) => {
        if (out.connected && out.closedByServer === null && !client.__closingByUs) out.closedByServer = { code };
    });
    return client;
}

async function connect(client) {
    try {
        await client.connect();
        out.connected = true;
        out.negotiatedProtocol = client.protocol ?? null;
        return true;
    } catch (err) {
        out.httpStatus = typeof err?.code === 'number' ? err.code : null;
        out.connectError = describeError(err);
        if (err?.response?.headers) {
            out.wwwAuthenticate = err.response.headers['www-authenticate'] ?? null;
        }
        return false;
    }
}

async function step(name, method, params) {
    try {
        out.results[name] = await clientRef.call(method, params);
    } catch (err) {
        out.results[name] = null;
        out.callErrors.push({ step: name, method, error: describeError(err) });
    }
}

async function close(client) {
    if (client.state === RPCClient.OPEN) {
        client.__closingByUs = true;
        out.stillOpenAtEnd = true;
        await client.close({ code: 1000, force: false });
    } else {
        out.stillOpenAtEnd = false;
    }
}

let clientRef;

async function strictSession() {
    clientRef = newClient({ password, protocols: [protocol], strictMode: true });
    if (!(await connect(clientRef))) return false;
    return true;
}

async function bootHeartbeatStatus() {
    if (!(await strictSession())) return;
    await step('boot', 'BootNotification', BOOT);
    await step('heartbeat', 'Heartbeat', {});
    const now = new Date().toISOString();
    if (V16) {
        await step('status0', 'StatusNotification', { connectorId: 0, errorCode: 'NoError', status: 'Available', timestamp: now });
        await step('status1', 'StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: now });
    } else {
        await step('status', 'StatusNotification', { timestamp: now, connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    }
    await close(clientRef);
}

async function rawProbe() {
    const frame = RAW_FRAMES[scenario];
    // The OCA schemas, as shipped with ocpp-rpc, on the payload we send: proves the frame is really invalid.
    if (scenario === 'schema-invalid') {
        const validator = require('ocpp-rpc/lib/standard-validators.js').find(v => v.subprotocol === protocol);
        try {
            validator.validate('urn:BootNotification.req', JSON.parse(frame)[3]);
            out.payloadSchemaVerdict = 'valid';
        } catch (err) {
            out.payloadSchemaVerdict = err.rpcErrorCode ?? 'invalid';
        }
    }
    if (!(await strictSession())) return;
    await step('boot', 'BootNotification', BOOT);
    out.sent = frame;
    clientRef.sendRaw(frame);
    // The gateway answers frames in order, so the answer (if any) to the raw frame comes before the
    // Heartbeat's answer; a short grace period covers an answer that is produced asynchronously.
    await step('heartbeatAfter', 'Heartbeat', {});
    const deadline = Date.now() + 1000;
    while (out.answers.length === 0 && Date.now() < deadline) await sleep(50);
    if (out.answers.length === 0) await sleep(200);
    await close(clientRef);
}

async function handshakeProbe() {
    let options;
    switch (scenario) {
        case 'wrong-password':
            options = { password: 'wrong-password-1234567', protocols: [protocol], strictMode: true };
            break;
        case 'username-not-identity':
            // ocpp-rpc always uses the identity as username; send our own Authorization header instead.
            options = {
                password: null,
                protocols: [protocol],
                strictMode: true,
                headers: { authorization: 'Basic ' + Buffer.from(`SOMEONE-ELSE:${password}`).toString('base64') },
            };
            break;
        case 'no-subprotocol':
            // strictMode needs a subprotocol, and without one nothing can be validated anyway.
            options = { password, protocols: [], strictMode: false };
            break;
        case 'unsupported-subprotocol':
            // ocpp-rpc's ocpp2.1 schemas have ids it cannot resolve, so no strict validation here; the
            // upgrade must be refused before any message anyway.
            options = { password, protocols: [protocol], strictMode: false };
            break;
        default:
            throw new Error(`unknown scenario ${scenario}`);
    }
    clientRef = newClient(options);
    if (await connect(clientRef)) {
        // should not happen: find out whether the connection is usable
        await step('heartbeat', 'Heartbeat', {});
        await close(clientRef);
    }
}


// ---------------------------------------------------------------------------------------------- flow

const iso = offsetSeconds => new Date(Date.now() + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** CSMS calls are answered like a station would; every call (already schema-checked by ocpp-rpc) is kept. */
function answerCsms(handlers) {
    for (const [method, answer] of Object.entries(handlers)) {
        clientRef.handle(method, async ({ params }) => {
            out.csmsCalls.push({ method, params });
            return answer(params);
        });
    }
}

function waitForDone() {
    return new Promise(resolve => {
        let buffer = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', chunk => {
            buffer += chunk;
            if (buffer.includes('done')) resolve();
        });
        process.stdin.on('end', resolve);
    });
}

async function flow16() {
    const tag = 'STRICT-TAG';
    await step('boot', 'BootNotification', BOOT);
    await step('status1', 'StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: iso(-600) });
    await step('authorize', 'Authorize', { idTag: tag });
    await step('start', 'StartTransaction', { connectorId: 1, idTag: tag, meterStart: 1000, timestamp: iso(-500) });
    const tx = out.results.start?.transactionId;
    await step('meterValues', 'MeterValues', {
        connectorId: 1, transactionId: tx, meterValue: [{
            timestamp: iso(-300), sampledValue: [
                { value: '2500', measurand: 'Energy.Active.Import.Register', unit: 'Wh', context: 'Sample.Periodic' },
                { value: '11000', measurand: 'Power.Active.Import', unit: 'W' }],
        }],
    });
    await step('stop', 'StopTransaction', { transactionId: tx, idTag: tag, meterStop: 4000, timestamp: iso(-200), reason: 'Local' });
    // a second transaction for the CSMS to stop remotely
    await step('start2', 'StartTransaction', { connectorId: 1, idTag: tag, meterStart: 4000, timestamp: iso(-100) });
    const tx2 = out.results.start2?.transactionId;
    answerCsms({
        RemoteStartTransaction: () => ({ status: 'Accepted' }),
        RemoteStopTransaction: params => {
            if (params.transactionId === tx2) {
                setTimeout(() => step('stop2', 'StopTransaction',
                    { transactionId: tx2, meterStop: 4500, timestamp: iso(0), reason: 'Remote' }), 10);
                return { status: 'Accepted' };
            }
            return { status: 'Rejected' };
        },
        Reset: () => ({ status: 'Accepted' }),
        GetConfiguration: params => ({
            configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }],
            unknownKey: (params.key ?? []).filter(k => k !== 'HeartbeatInterval'),
        }),
        ChangeConfiguration: () => ({ status: 'Accepted' }),
        SetChargingProfile: () => ({ status: 'Accepted' }),
    });
    return { transactionId: tx2 };
}

async function flow201() {
    const idToken = { idToken: 'STRICT-TOKEN', type: 'ISO14443' };
    const evse = { id: 1, connectorId: 1 };
    const energy = wh => ({ timestamp: iso(-1), sampledValue: [{ value: wh, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] });
    await step('boot', 'BootNotification', BOOT);
    await step('status', 'StatusNotification', { timestamp: iso(-600), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    await step('authorize', 'Authorize', { idToken });
    await step('started', 'TransactionEvent', {
        eventType: 'Started', timestamp: iso(-500), triggerReason: 'Authorized', seqNo: 0, evse, idToken,
        transactionInfo: { transactionId: 'STRICT-TX-1', chargingState: 'Charging' }, meterValue: [energy(1000)],
    });
    await step('updated', 'TransactionEvent', {
        eventType: 'Updated', timestamp: iso(-300), triggerReason: 'MeterValuePeriodic', seqNo: 1,
        transactionInfo: { transactionId: 'STRICT-TX-1' }, meterValue: [energy(2500)],
    });
    await step('ended', 'TransactionEvent', {
        eventType: 'Ended', timestamp: iso(-200), triggerReason: 'StopAuthorized', seqNo: 2, idToken,
        transactionInfo: { transactionId: 'STRICT-TX-1', stoppedReason: 'Local' }, meterValue: [energy(4000)],
    });
    await step('started2', 'TransactionEvent', {
        eventType: 'Started', timestamp: iso(-100), triggerReason: 'Authorized', seqNo: 0, evse, idToken,
        transactionInfo: { transactionId: 'STRICT-TX-2', chargingState: 'Charging' },
    });
    answerCsms({
        RequestStartTransaction: () => ({ status: 'Accepted' }),
        RequestStopTransaction: params => {
            if (params.transactionId === 'STRICT-TX-2') {
                setTimeout(() => step('ended2', 'TransactionEvent', {
                    eventType: 'Ended', timestamp: iso(0), triggerReason: 'RemoteStop', seqNo: 1,
                    transactionInfo: { transactionId: 'STRICT-TX-2', stoppedReason: 'Remote' },
                }), 10);
                return { status: 'Accepted' };
            }
            return { status: 'Rejected' };
        },
        Reset: () => ({ status: 'Accepted' }),
        GetVariables: params => ({
            getVariableResult: params.getVariableData.map(d => ({
                attributeStatus: 'Accepted', attributeValue: '300', component: d.component, variable: d.variable,
            })),
        }),
        SetVariables: params => ({
            setVariableResult: params.setVariableData.map(d => ({
                attributeStatus: 'Accepted', component: d.component, variable: d.variable,
            })),
        }),
        SetChargingProfile: () => ({ status: 'Accepted' }),
    });
    return { transactionId: 'STRICT-TX-2' };
}

async function flow() {
    if (!(await strictSession())) return;
    const ready = V16 ? await flow16() : await flow201();
    process.stderr.write('READY ' + JSON.stringify(ready) + '\n');
    await waitForDone();
    await sleep(100); // a StopTransaction/TransactionEvent sent after the last answer
    await close(clientRef);
}

async function main() {
    if (!endpoint || !identity || !password || !protocol || !scenario) {
        throw new Error('usage: node probe.mjs <endpoint> <identity> <password> <protocol> <scenario>');
    }
    if (scenario === 'boot-heartbeat-status') {
        await bootHeartbeatStatus();
    } else if (scenario === 'flow') {
        await flow();
    } else if (scenario in RAW_FRAMES) {
        await rawProbe();
    } else {
        await handshakeProbe();
    }
    out.ok = true;
}

main().then(() => finish(0), err => {
    out.ok = false;
    out.crash = describeError(err);
    out.crash.stack = err?.stack ?? null;
    finish(2);
});
