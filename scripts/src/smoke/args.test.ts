import { UsageError } from '../lib/usage-error';
import { parseSmokeArgs } from './args';

describe('parseSmokeArgs', () => {
  it('when only --base-url is given, then the defaults apply', () => {
    const args = parseSmokeArgs(['--base-url', 'http://127.0.0.1:3000']);

    expect(args).toEqual({
      help: false,
      baseUrl: new URL('http://127.0.0.1:3000'),
      timeoutMs: 5000,
      waitSeconds: 0,
      format: 'text',
    });
  });

  it('when every option is given, then each is parsed', () => {
    const args = parseSmokeArgs([
      '--base-url=https://staging.dhakacart.com.bd/x',
      '--timeout-ms',
      '900',
      '--wait-seconds',
      '30',
      '--format',
      'json',
    ]);

    expect(args).toMatchObject({ timeoutMs: 900, waitSeconds: 30, format: 'json' });
    expect(args.help === false && args.baseUrl.pathname).toBe('/x');
  });

  it.each([
    [[], /--base-url is required/],
    [['--base-url', 'localhost:3000'], /must use http or https/],
    [['--base-url', 'not a url'], /must be an absolute URL/],
    [['--base-url', 'http://127.0.0.1:3000/?a=1'], /must not carry a query/],
    [['--base-url', 'http://127.0.0.1:3000', '--timeout-ms', '5s'], /--timeout-ms must be a whole number/],
    [
      ['--base-url', 'http://127.0.0.1:3000', '--timeout-ms', '0'],
      /--timeout-ms must be between 1 and 120000/,
    ],
    [['--base-url', 'http://127.0.0.1:3000', '--format', 'xml'], /--format must be "text" or "json"/],
    [['--base-url', 'http://127.0.0.1:3000', '--verbose'], /Unknown option '--verbose'/],
    [['--base-url', 'http://127.0.0.1:3000', 'extra'], /Unexpected argument 'extra'/],
  ])('when the arguments are %j, then a usage error says %s', (argv, message) => {
    expect(() => parseSmokeArgs(argv)).toThrow(UsageError);
    expect(() => parseSmokeArgs(argv)).toThrow(message);
  });

  it('when --help is given, then nothing else is required', () => {
    expect(parseSmokeArgs(['--help'])).toEqual({ help: true });
  });
});
