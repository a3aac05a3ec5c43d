import { createSocket, type Socket } from 'node:dgram';

/**
 * A DNS server on a loopback UDP port that knows only the A records it is given, standing in
 * for the cluster DNS where a Service appears when its app syncs. Unknown names are NXDOMAIN;
 * known names answer A queries and nothing else (so an AAAA query finds no address).
 */
export class TestDns {
  private readonly records = new Map<string, string>();
  private constructor(
    private readonly socket: Socket,
    readonly port: number,
  ) {
    socket.on('message', (query, peer) => {
      const answer = this.answer(query);
      if (answer) socket.send(answer, peer.port, peer.address);
    });
  }

  static async create(): Promise<TestDns> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return new TestDns(socket, socket.address().port);
  }

  /** From now on `name` resolves to `ipv4`. */
  set(name: string, ipv4: string): void {
    this.records.set(name.toLowerCase(), ipv4);
  }

  private answer(query: Buffer): Buffer | undefined {
    if (query.length < 12 || query.readUInt16BE(4) !== 1) return undefined;
    const labels: string[] = [];
    let offset = 12;
    while (offset < query.length && query[offset] !== 0) {
      const length = query[offset]!;
      labels.push(query.subarray(offset + 1, offset + 1 + length).toString('ascii'));
      offset += length + 1;
    }
    const questionEnd = offset + 5;
    if (questionEnd > query.length) return undefined;
    const type = query.readUInt16BE(offset + 1);
    const address = this.records.get(labels.join('.').toLowerCase());
    const answers = address && type === 1 ? 1 : 0;
    const header = Buffer.alloc(12);
    header.writeUInt16BE(query.readUInt16BE(0), 0);
    // Response, recursion desired and available; NXDOMAIN (3) for an unknown name.
    header.writeUInt16BE(0x8180 | (address ? 0 : 3), 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers, 6);
    const question = query.subarray(12, questionEnd);
    if (!answers) return Buffer.concat([header, question]);
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // the name, pointing at the question's
    record.writeUInt16BE(1, 2); // A
    record.writeUInt16BE(1, 4); // IN
    record.writeUInt32BE(1, 6); // TTL 1 s
    record.writeUInt16BE(4, 10);
    address!.split('.').forEach((octet, i) => record.writeUInt8(Number(octet), 12 + i));
    return Buffer.concat([header, question, record]);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}
