// The reference server of the side-by-side benchmark: ocpp-rpc's own RPCServer in strict mode, answering every
// call with a schema-valid answer and storing nothing. Listens on --port (default 8190) at any path.
//
//   node noop-server.mjs --port 8190
import ocppRpc from 'ocpp-rpc';

const { RPCServer } = ocppRpc;
const portIndex = process.argv.indexOf('--port');
const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 8190;

const now = () => new Date().toISOString();
const ANSWERS = {
    'ocpp1.6': {
        BootNotification: () => ({ status: 'Accepted', currentTime: now(), interval: 300 }),
        Heartbeat: () => ({ currentTime: now() }),
        StatusNotification: () => ({}),
        MeterValues: () => ({}),
        StartTransaction: ({ params }) => ({ transactionId: Math.floor(Math.random() * 1e9), idTagInfo: { status: 'Accepted' } }),
        StopTransaction: () => ({ idTagInfo: { status: 'Accepted' } }),
        Authorize: () => ({ idTagInfo: { status: 'Accepted' } }),
    },
    'ocpp2.0.1': {
        BootNotification: () => ({ status: 'Accepted', currentTime: now(), interval: 300 }),
        Heartbeat: () => ({ currentTime: now() }),
        StatusNotification: () => ({}),
        MeterValues: () => ({}),
        TransactionEvent: () => ({ idTokenInfo: { status: 'Accepted' } }),
        Authorize: () => ({ idTokenInfo: { status: 'Accepted' } }),
    },
};

const server = new RPCServer({ protocols: ['ocpp1.6', 'ocpp2.0.1'], strictMode: true });
server.auth((accept) => accept());
server.on('client', client => {
    const answers = ANSWERS[client.protocol];
    for (const [method, answer] of Object.entries(answers)) {
        client.handle(method, answer);
    }
});
await server.listen(port, '127.0.0.1');
console.error(`no-op ocpp-rpc server on ws://127.0.0.1:${port}`);
