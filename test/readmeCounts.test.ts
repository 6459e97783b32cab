import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { RULES } from '../src/rules/index.js';
import { CATEGORIES } from '../src/rules/types.js';

// The README's count of rules drifted twice (111 written, 114 then 117 there): the registry says.
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

describe('the README', () => {
  it('counts the rules and categories the registry has', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`${RULES.length} rules in ${WORDS[CATEGORIES.length] ?? CATEGORIES.length} categories`);
  });
});
