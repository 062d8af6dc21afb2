import { useNavigate } from 'react-router';
import { signOut } from '../../api/session';

export function useSignOut() {
  const navigate = useNavigate();
  return async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
  };
}
