export * from './account';
export * from './api';
export * from './channels';
export * from './dispatch';
export * from './history';
export * from './phone-state';
export * from './provisioning';
export * from './settings';
