/**
 * The Ardexa audit logs' catalogue of user actions: what a person did, and the action,
 * controller and attribute its audit_logs row carries. `status` tells a login from a failed one.
 */
export interface ArdexaAction {
  readonly action: string;
  readonly controller: string;
  /** only where the documentation names one attribute for the row */
  readonly attribute?: string;
  readonly status?: 'success' | 'failed';
  readonly category: string;
  readonly description: string;
}

const group = (category: string, rows: readonly Omit<ArdexaAction, 'category'>[]): ArdexaAction[] =>
  rows.map((row) => ({ ...row, category }));

const crud = (controller: string, what: string): Omit<ArdexaAction, 'category'>[] =>
  (['create', 'update', 'delete'] as const).map((action) => ({
    action,
    controller,
    description: `${what}: ${action}.`,
  }));

export const ARDEXA_ACTIONS: readonly ArdexaAction[] = [
  ...group('User account', [
    { action: 'login', controller: 'auth', status: 'success', description: 'Successful login.' },
    {
      action: 'MFA login',
      controller: 'auth',
      status: 'success',
      description: 'Successful login with MFA (the password step logs "MFA send challenge" first).',
    },
    { action: 'Login', controller: 'auth', status: 'failed', description: 'Failed password login.' },
    { action: 'MFA login', controller: 'auth', status: 'failed', description: 'Invalid MFA code.' },
    { action: 'Update', controller: 'me', attribute: 'record', description: 'User profile change.' },
    {
      action: 'Request email change',
      controller: 'me',
      attribute: 'email',
      description: 'Change email (user id).',
    },
    { action: 'Change password', controller: 'me', description: 'Change password.' },
  ]),
  ...group('Workgroup', [
    ...crud('workgroup-setting', 'Change workgroup settings'),
    ...crud('lookupTable', 'Change lookup table'),
    { action: 'bulk-run', controller: 'Job', description: 'Run a security scan.' },
    ...crud('device-group', 'Device group actions'),
  ]),
  ...group('User permissions', [
    {
      action: 'update',
      controller: 'org',
      attribute: 'permissions',
      description: 'User permission change (the user or device affected is in Comments).',
    },
    {
      action: 'invite',
      controller: 'org',
      attribute: 'membership',
      description: 'Invite a user (new value: the email invited and the workgroup).',
    },
    {
      action: 'remove',
      controller: 'org',
      attribute: 'membership',
      description: "Remove a user (old value: the removed user's email and the workgroup).",
    },
    {
      action: 'accept',
      controller: 'org',
      attribute: 'invite',
      description: 'New user (an invitation accepted).',
    },
  ]),
  ...group('Tables and external sources', [
    { action: 'delete', controller: 'storage', attribute: 'object', description: 'Delete a table.' },
    { action: 'delete', controller: 'externalSources', description: 'Delete an external source.' },
    { action: 'create', controller: 'externalSources', description: 'Create an external source.' },
  ]),
  ...group('Devices', [
    { action: 'update', controller: 'device', attribute: 'name', description: 'Rename a device.' },
    { action: 'create', controller: 'device', attribute: 'object', description: 'Create a new device.' },
    { action: 'remove', controller: 'device', attribute: 'object', description: 'Remove a device.' },
    {
      action: 'update',
      controller: 'device',
      attribute: 'certificate',
      description: 'Update a certificate.',
    },
    { action: 'refresh_meta', controller: 'websocket_device', description: 'Refresh metadata.' },
    {
      action: 'move',
      controller: 'device',
      attribute: 'workgroup.deviceId',
      description: 'Move a device to a new workgroup.',
    },
    { action: 'run_cmd', controller: 'websocket_device', description: 'Run a command.' },
    {
      action: 'send',
      controller: 'device',
      attribute: 'file',
      description: 'Send a file (also a change of network settings: the interface config file).',
    },
    { action: 'get', controller: 'device', attribute: 'file', description: 'Get a file.' },
    { action: 'install', controller: 'plugin', description: 'Install a plugin (the attribute is its name).' },
    {
      action: 'uninstall',
      controller: 'plugin',
      description: 'Uninstall a plugin (the attribute is its name).',
    },
    {
      action: 'apply_config',
      controller: 'websocket_device',
      description: 'Change agent config (details in the config field).',
    },
    {
      action: 'run',
      controller: 'device',
      attribute: 'discovery',
      description: 'Network scan, port scan or open services scan (the new value says which).',
    },
    { action: 'start_session', controller: 'remote_web', description: 'Web tunnel.' },
    { action: 'open_tunnel', controller: 'websocket_device', description: 'TCP port tunnel.' },
    { action: 'start_tunnel_session', controller: 'websocket_device', description: 'Tunnel start.' },
    { action: 'close_tunnel', controller: 'websocket_device', description: 'Tunnel close.' },
    { action: 'offline', controller: 'state_change', description: 'Device offline.' },
    { action: 'online', controller: 'state_change', description: 'Device online.' },
  ]),
  ...group('Alerts', [
    { action: 'update', controller: 'alert', description: 'Alert changed.' },
    { action: 'delete', controller: 'alert', description: 'Alert deleted.' },
    { action: 'create', controller: 'alert', description: 'Alert created.' },
  ]),
  ...group('Searches', [
    { action: 'update', controller: 'search', attribute: 'name', description: 'Change a saved search.' },
    { action: 'share', controller: 'search', attribute: 'record', description: 'Share a search.' },
  ]),
];
