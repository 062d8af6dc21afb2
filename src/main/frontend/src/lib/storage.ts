/** localStorage that never throws: storage may be full or disabled, and then a choice lasts for this page only. */
export const stored = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string) {
    try {
      localStorage.setItem(key, value);
    } catch {
      // full or disabled: nothing to keep it in
    }
  },
};
