import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import i18n from 'i18next';
import { useNavigate } from 'react-router';
import { runWithToast } from '../../lib/runWithToast';
import type { MethodInput } from '../../../../shared/api/contract';
import { call } from '../../lib/api';

import { workspaceKeys } from '../../lib/workspaceContext';

// The list query lives below every feature (lib/workspaceContext); re-exported here beside the mutations.
export { useWorkspaces } from '../../lib/workspaceContext';

export function useCreateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'workspaces.create'>) => call('workspaces.create', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useUpdateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'workspaces.update'>) => call('workspaces.update', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

export function useDeleteWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('workspaces.delete', { id }),
    // Everything under the workspace is gone: drop all cached queries, not just the list.
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useLoadSample() {
  const qc = useQueryClient();
  return useMutation({
    // The sample is named in the UI's language at creation (its content stays a Chinese brand's plan).
    mutationFn: () => call('workspaces.loadSample', { language: i18n.language === 'en' ? 'en' : 'zh-CN' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: workspaceKeys.all }),
  });
}

/** Creates a fresh copy of the sample workspace and opens it; failures become a toast. */
export function useOpenSample() {
  const loadSample = useLoadSample();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const { t } = useTranslation();
  const open = () =>
    runWithToast(
      async () => {
        const ws = await loadSample.mutateAsync();
        navigate(`/w/${ws.id}/matrix`);
      },
      { t, message },
    );
  return { open, isPending: loadSample.isPending };
}
