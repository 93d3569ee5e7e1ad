import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { applyTheme, storedTheme } from './present/theme';
import { audienceCharterId } from './present/roomChannel';
import { offline } from './offline/offline.svelte';
import UpdatePrompt from './offline/UpdatePrompt.svelte';

// The theme is set before anything is drawn, so the page never flashes the wrong colours.
applyTheme(storedTheme());

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');

// `?audience=<charter id>` is the audience window for the projector (see src/present/).
const audienceOf = audienceCharterId(location.search);
if (audienceOf) {
  void import('./present/AudienceApp.svelte').then(({ default: AudienceApp }) =>
    mount(AudienceApp, { target, props: { charterId: audienceOf } }),
  );
} else {
  mount(App, { target });
  const update = document.getElementById('update');
  if (update) mount(UpdatePrompt, { target: update });
}

// The service worker that keeps the app working offline (registered here: no inline script).
offline.start();
