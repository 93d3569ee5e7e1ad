import { describe, expect, it } from 'vitest';
import { DEFAULT_DOMAIN_NAMES, DOMAIN, defaultDomains, domainName, slug } from './DecisionDomain';

describe('default decision domains', () => {
  it('lists the nine areas a district leader recognises, with unique readable ids', () => {
    const domains = defaultDomains();
    expect(domains).toHaveLength(9);
    expect(domains.map((d) => d.name)).toEqual([...DEFAULT_DOMAIN_NAMES]);
    expect(new Set(domains.map((d) => d.id)).size).toBe(domains.length);
    expect(domains.find((d) => d.name === 'Budget and resources')?.id).toBe('budget-and-resources');
    expect(Object.values(DOMAIN).sort()).toEqual(domains.map((d) => d.id).sort());
  });

  it('hands out a fresh list each time, so editing one charter never changes another', () => {
    const a = defaultDomains();
    a[0]!.name = 'Reading materials';
    expect(defaultDomains()[0]!.name).toBe('Curriculum and materials');
  });
});

describe('domain names', () => {
  it('slugs keep letters and digits, joined by single hyphens', () => {
    expect(slug('  Family & community engagement! ')).toBe('family-community-engagement');
  });

  it('an unnamed area is called by its place in the list', () => {
    expect(domainName({ name: '  ' }, 9)).toBe('Area 10 (no name yet)');
    expect(domainName({ name: 'Transport' }, 9)).toBe('Transport');
    expect(domainName(undefined)).toBe('Unnamed area');
  });
});
