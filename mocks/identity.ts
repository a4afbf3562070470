/**
 * Who the demo says is signed in: the API's identity (GET /me), the author of the demo's saved
 * searches and the user its audit trail names. One definition keeps them the same person.
 */
export const DEMO_USER = {
  id: 'u-owner-0001',
  name: 'Aoife Brennan',
  email: 'aoife.brennan@dunmore-energy.com',
};

export const DEMO_ORG = { id: '5kX8JJdQ3CzY7wPq2m', name: 'Dunmore Energy' };
