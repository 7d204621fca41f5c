import { configFileCandidates, DEFAULT_URL, missingApiKeyMessage, parseConfigFile, resolveSettings } from './config';
import { UsageError } from './errors';

describe('resolveSettings', () => {
  const file = { url: 'https://file.example', apiKey: 'file-key' };
  const env = { RMA_HUB_URL: 'https://env.example', RMA_HUB_API_KEY: 'env-key' };

  it('takes the flag over the environment over the config file over the default', () => {
    expect(resolveSettings({ url: 'https://flag.example' }, env, file).url).toBe('https://flag.example');
    expect(resolveSettings({}, env, file).url).toBe('https://env.example');
    expect(resolveSettings({}, {}, file).url).toBe('https://file.example');
    expect(resolveSettings({}, {}, {}).url).toBe(DEFAULT_URL);
  });

  it('takes the API key from the environment, else the config file', () => {
    expect(resolveSettings({}, env, file).apiKey).toBe('env-key');
    expect(resolveSettings({}, {}, file).apiKey).toBe('file-key');
    expect(resolveSettings({}, {}, {}).apiKey).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    expect(resolveSettings({}, { RMA_HUB_URL: '', RMA_HUB_API_KEY: ' ' }, file)).toEqual({ url: 'https://file.example', apiKey: 'file-key' });
  });

  it('refuses a URL that is not one', () => {
    expect(() => resolveSettings({ url: 'not a url' }, {}, {})).toThrow(UsageError);
  });
});

describe('configFileCandidates', () => {
  it('looks in the current directory, then in $XDG_CONFIG_HOME or ~/.config', () => {
    expect(configFileCandidates({ XDG_CONFIG_HOME: '/xdg' }, '/work', '/home/dana')).toEqual(['/work/.rma-hub.json', '/xdg/rma-hub/config.json']);
    expect(configFileCandidates({}, '/work', '/home/dana')).toEqual(['/work/.rma-hub.json', '/home/dana/.config/rma-hub/config.json']);
  });
});

describe('parseConfigFile', () => {
  it('reads url and apiKey', () => {
    expect(parseConfigFile('{ "url": "https://hub.example", "apiKey": "k" }', 'c.json')).toEqual({ url: 'https://hub.example', apiKey: 'k' });
  });

  it('names the file and each bad field', () => {
    expect(() => parseConfigFile('{ "url": 3, "apikey": "k" }', 'c.json')).toThrow(/c\.json is invalid:\n {2}url: must be a URL\n.*apikey/s);
    expect(() => parseConfigFile('{ url', 'c.json')).toThrow(/c\.json is not JSON/);
  });
});

describe('missingApiKeyMessage', () => {
  it('names the variable and the config files to set', () => {
    const message = missingApiKeyMessage(['./.rma-hub.json', '/home/dana/.config/rma-hub/config.json']);
    expect(message).toContain('RMA_HUB_API_KEY');
    expect(message).toContain('"apiKey" in the config file (./.rma-hub.json or /home/dana/.config/rma-hub/config.json)');
  });
});
