/**
 * The phone page: one person's answer in the room. A separate entry from the
 * app (phone.html), so a phone loads only this page, the room client and the
 * engine — never the charter. It works from a plain http:// LAN address: no
 * service worker, no crypto.subtle, no crypto.randomUUID.
 */
import { mount } from 'svelte';
import PhoneApp from './PhoneApp.svelte';
import './phone.css';

const target = document.getElementById('phone');
if (!target) throw new Error('The page has no #phone element.');
mount(PhoneApp, { target });
