import { describe, expect, it } from 'vitest';
import { parseInvokeRequest } from './dispatch';

const contact = { id: 'c1', name: 'Anna', numbers: [{ label: 'work', number: '1002' }] };

describe('contacts channels', () => {
  it('accept a valid contact and apply defaults', () => {
    expect(parseInvokeRequest('contacts:save', { contacts: [contact] }).value).toEqual({
      contacts: [{ ...contact, favourite: false }],
    });
  });

  it.each([
    ['no contacts', { contacts: [] }],
    ['an empty name', { contacts: [{ ...contact, name: ' ' }] }],
    ['a hostile id', { contacts: [{ ...contact, id: '../x' }] }],
    ['an empty number', { contacts: [{ ...contact, numbers: [{ label: 'work', number: '' }] }] }],
    ['17 numbers', { contacts: [{ ...contact, numbers: Array(17).fill(contact.numbers[0]) }] }],
    ['a 5,000-character note', { contacts: [{ ...contact, notes: 'x'.repeat(5000) }] }],
  ])('refuse %s', (_what, request) => {
    expect(() => parseInvokeRequest('contacts:save', request)).toThrow(
      /Invalid request on contacts:save/,
    );
  });

  it('refuse removing nothing or a hostile id', () => {
    expect(() => parseInvokeRequest('contacts:remove', { ids: [] })).toThrow();
    expect(() => parseInvokeRequest('contacts:remove', { ids: ['a b'] })).toThrow();
  });
});
