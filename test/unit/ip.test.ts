import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scan, type ScanOptions } from '../../src/core';
import { ipDetector, ipv4Octets, ipv4Range, ipv6Groups, ipv6Range, SCORE_NOBODY, SCORE_PRIVATE, SCORE_PUBLIC } from '../../src/core/detectors/ip';
import { expectGold } from '../support/expect-gold';

const IP: ScanOptions = { entities: ['IP_ADDRESS'] };
const detect = (text: string) => ipDetector.detect(text, { lang: 'es', phoneRegions: [] });

describe('IP_ADDRESS', () => {
  describe('IPv4', () => {
    it('finds addresses in Spanish and English replies', () => {
      expectGold('Vemos accesos desde [[IP_ADDRESS/IPV4:203.0.113.45]] y [[IP_ADDRESS/IPV4:198.51.100.7]].', IP);
      expectGold('Your last login came from [[IP_ADDRESS/IPV4:192.0.2.10]], port 8443.', IP);
      expectGold('O acesso veio do IP [[IP_ADDRESS/IPV4:203.0.113.9]].', IP);
    });
    it('leaves versions written like addresses after "actualización", "update", "iOS"', () => {
      expectGold('La actualización 3.8.1.5 de la app ya está disponible.', IP);
      expectGold('App iOS 6.2.0.14, Android 7.1.0.3, update 4.4.2.1 next week', IP);
    });
    it('keeps the port, CIDR suffix and sentence punctuation out of the span', () => {
      expectGold('Servidor: [[IP_ADDRESS/IPV4:203.0.113.5]]:53, red [[IP_ADDRESS/IPV4:203.0.113.0]]/24.', IP);
    });
    it('rejects octets over 255, leading zeros, and runs inside longer dotted numbers', () => {
      expectGold('Valores 256.1.1.1, 1.2.3.999, 010.001.002.003 y 1.2.3.4.5.6.', IP);
      expectGold('OID 1.3.6.1.4.1.311 and the 3.4.5.6.7 release.', IP);
    });
    it('a version glued to v, or with version words near, stays quiet', () => {
      expectGold('Actualice a v1.2.3.4 (versión 4.3.2.1) o al build 10.4.2.1.', IP);
      expectGold('Please install version 8.1.0.12 and firmware 2.0.0.5.', IP);
      assert.ok(detect('v1.2.3.4').every((c) => c.score < 0.5));
    });
    it('letters glued on either side are another token', () => {
      expectGold('id abc1.2.3.4 y 1.2.3.4abc', IP);
    });
  });

  describe('IPv6', () => {
    it('finds full, compressed and IPv4-embedded forms', () => {
      expectGold('IPv6: [[IP_ADDRESS/IPV6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]].', IP);
      expectGold('Conexión desde [[IP_ADDRESS/IPV6:2001:db8::1]] y [[IP_ADDRESS/IPV6:2001:db8:0:0:1::1]].', IP);
      expectGold('Mapped [[IP_ADDRESS/IPV6:::ffff:192.0.2.1]] and NAT64 [[IP_ADDRESS/IPV6:64:ff9b::203.0.113.1]].', IP);
      expectGold('URL http://[[[IP_ADDRESS/IPV6:2001:db8::8]]]:8080/ y mi IP [[IP_ADDRESS/IPV6:fe80::1]]%eth0', IP);
    });
    it('times, MAC addresses, C++ scopes and hex words are not addresses', () => {
      expectGold('A las 10:30:45, MAC 00:1A:2B:3C:4D:5E, std::vector, cafe::bad, a::b y ::.', IP);
      expectGold('Ratio 1:2:3:4:5:6:7:8:9 and 1::2::3 are not addresses.', IP);
    });
    it('parses strictly', () => {
      assert.deepEqual(ipv6Groups('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
      assert.deepEqual(ipv6Groups('2001:db8::'), [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
      assert.equal(ipv6Groups('1:2:3:4:5:6:7:8:9'), undefined);
      assert.equal(ipv6Groups('1:2:3:4:5:6:7::8'), undefined); // '::' must stand for one group at least
      assert.equal(ipv6Groups('12345::1'), undefined);
      assert.equal(ipv6Groups('1.2.3.4::1'), undefined);
    });
  });

  describe('ranges: a documented scoring decision', () => {
    it('public and documentation ranges score as public: they stand in for real addresses', () => {
      for (const ip of ['8.8.8.8', '192.0.2.1', '198.51.100.1', '203.0.113.1']) assert.equal(ipv4Range(ipv4Octets(ip)!), 'public', ip);
      assert.equal(ipv6Range(ipv6Groups('2001:db8::1')!), 'public');
      assert.equal(detect('203.0.113.1')[0].score, SCORE_PUBLIC);
    });
    it('private, link-local and CGNAT ranges: below the threshold in a how-to, reported after a personal cue', () => {
      for (const ip of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.10.20', '100.64.0.1']) assert.equal(ipv4Range(ipv4Octets(ip)!), 'private', ip);
      assert.equal(ipv4Range(ipv4Octets('172.32.0.1')!), 'public');
      assert.equal(ipv6Range(ipv6Groups('fe80::1')!), 'private');
      assert.equal(ipv6Range(ipv6Groups('fd12:3456::1')!), 'private');
      assert.equal(detect('192.168.1.1')[0].score, SCORE_PRIVATE);
      assert.ok(SCORE_PRIVATE < 0.5);
      // Router admin pages and a device's LAN address in instructions identify nobody.
      expectGold('Para acceder al panel usa 192.168.1.1 desde tu red local. Su router es 192.168.0.1.', IP);
      expectGold('Open 192.168.1.1 in your browser; the IP of the decoder is 10.0.0.12 (for example 172.16.0.5).', IP);
      expectGold('Si configuraste una IP fija (por ejemplo 192.168.0.50) en tu laptop, cámbiala a automática.', IP);
      // Whose address it is, or where someone connected from.
      expectGold('Mi IP es [[IP_ADDRESS/IPV4:192.168.1.34]] y la de mi socio, su IP: [[IP_ADDRESS/IPV4:10.20.30.40]].', IP);
      expectGold('Your IP address [[IP_ADDRESS/IPV4:10.0.0.57]] was blocked. Logged in from [[IP_ADDRESS/IPV4:172.20.1.9]].', IP);
      expectGold('Hubo un acceso desde la IP [[IP_ADDRESS/IPV4:100.64.12.7]]. O acesso veio do IP [[IP_ADDRESS/IPV6:fd12:3456::1]].', IP);
      expectGold('His home IP is [[IP_ADDRESS/IPV4:192.168.7.21]], per the ticket. La IP de mi casa es [[IP_ADDRESS/IPV4:10.4.4.9]].', IP);
    });
    it('a dotted Colombian cédula is not an address: identity words near it count against', () => {
      expectGold('Confírmame tu número de cédula\nYeison: 1.168.135.187', IP);
      expectGold('Documento 10.234.567.890 y servidor [[IP_ADDRESS/IPV4:203.0.113.7]]', IP);
    });
        it('loopback, unspecified, broadcast, multicast and netmasks identify nobody: below the threshold', () => {
      for (const ip of ['127.0.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1', '255.255.255.0', '255.255.240.0']) assert.equal(ipv4Range(ipv4Octets(ip)!), 'nobody', ip);
      assert.equal(ipv4Range(ipv4Octets('255.1.2.3')!), 'nobody'); // class E
      assert.equal(ipv6Range(ipv6Groups('::1')!), 'nobody');
      assert.equal(ipv6Range(ipv6Groups('ff02::1')!), 'nobody');
      assert.ok(SCORE_NOBODY < 0.5);
      expectGold('Pruebe con 127.0.0.1, máscara 255.255.255.0, o ::1 en local.', IP);
    });
  });

  describe('hostile input', () => {
    it('50k-char lines of dots, colons, digits and hex return quickly and empty', () => {
      const t0 = performance.now();
      for (const bait of ['.'.repeat(50_000), ':'.repeat(50_000), '1.'.repeat(25_000), 'a:'.repeat(25_000), '1:'.repeat(25_000), 'f'.repeat(50_000) + '::1', '1'.repeat(100_000), '255.'.repeat(12_500)]) {
        assert.deepEqual(detect(bait), [], bait.slice(0, 10));
      }
      assert.ok(performance.now() - t0 < 1000);
    });
    it('finds an address right after hex soup, and astral digits and lone surrogates are harmless', () => {
      const text = `${'ab:'.repeat(20_000)} IP 2001:db8::1 y 203.0.113.1`;
      assert.deepEqual(detect(text).map((c) => text.slice(c.start, c.end)), ['2001:db8::1', '203.0.113.1']);
      assert.deepEqual(detect('𝟏𝟗𝟐.𝟏𝟔𝟖.𝟏.𝟏 \ud800 10.0.0.1 \udfff').map((c) => c.subtype), ['IPV4']);
    });
    it('property: never throws, offsets within bounds, every span parses', () => {
      const alphabet = fc.constantFrom(...'0123456789abcdefABCDEF:.:.v /[]%\ud83d'.split(''));
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
          for (const c of detect(text)) {
            assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length);
            const v = text.slice(c.start, c.end);
            assert.ok(c.subtype === 'IPV4' ? ipv4Octets(v) : ipv6Groups(v), v);
          }
        }),
        { numRuns: 2000 },
      );
      assert.equal(scan('a'.repeat(1000), IP).length, 0);
    });
  });
});
