/**
 * Who the mock says is signed in. The engine writes this user into the records and documents
 * it creates (the audit trail, saved searches' authors), and GET /me returns it: one definition
 * keeps the two the same person.
 */
export const SIGNED_IN = {
  id: 'u-owner-0001',
  name: 'Aoife Brennan',
  email: 'aoife.brennan@dunmore-energy.com',
};
