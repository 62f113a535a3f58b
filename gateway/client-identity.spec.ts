import { describe, expect, it } from 'vitest';
import { addressClient } from './client-identity.js';

describe('addressClient', () => {
  it('counts an IPv6 client by its /64, however the address is written', () => {
    const client = 'ip:2001:db8:85a3:0::/64';
    expect(addressClient('2001:db8:85a3::1')).toBe(client);
    expect(addressClient('2001:0db8:85a3:0000:ffff:0000:0000:0002')).toBe(client);
    expect(addressClient('2001:DB8:85A3:0:1234:5678:9abc:def0')).toBe(client);
    expect(addressClient('2001:db8:85a3:0:0:0:1.2.3.4')).toBe(client);
    expect(addressClient('2001:db8:85a3:1::1')).not.toBe(client);
    expect(addressClient('::1')).toBe('ip:0:0:0:0::/64');
    expect(addressClient('fe80::1%eth0')).toBe('ip:fe80:0:0:0::/64');
  });

  it('counts an IPv4 client by its address, mapped into IPv6 or not', () => {
    expect(addressClient('198.51.100.7')).toBe('ip:198.51.100.7');
    expect(addressClient('::ffff:198.51.100.7')).toBe('ip:198.51.100.7');
    expect(addressClient('unknown')).toBe('ip:unknown');
  });
});
