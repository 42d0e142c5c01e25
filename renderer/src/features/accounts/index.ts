// Public entry of the accounts feature (the account list, read by most features): the only file other features may import.
export { accountKeys, accountListQuery, useAccounts } from './queries';
