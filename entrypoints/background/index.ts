import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // listeners are registered in lib/background (wired in a later step)
});
